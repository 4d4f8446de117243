const INTEGER = /^-?\d+$/

function toBigInt(fen: number | bigint | string): bigint {
  if (typeof fen === 'bigint') return fen
  if (typeof fen === 'number') {
    if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`)
    return BigInt(fen)
  }
  if (typeof fen === 'string' && INTEGER.test(fen.trim())) return BigInt(fen.trim())
  throw new TypeError(`not a whole number of fen: ${String(fen)}`)
}

/**
 * Formats integer fen (分) as yuan with two decimals, using integer arithmetic only:
 * formatFen(-12345) === '-123.45', formatFen(5) === '0.05'.
 * Accepts a safe integer, a bigint or a string of digits (for int64 values past 2^53).
 */
export function formatFen(fen: number | bigint | string): string {
  const value = toBigInt(fen)
  const negative = value < 0n
  const abs = negative ? -value : value
  const yuan = abs / 100n
  const cents = (abs % 100n).toString().padStart(2, '0')
  return `${negative ? '-' : ''}${yuan.toString()}.${cents}`
}
