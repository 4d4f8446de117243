// Amounts are integer fen. Formatting works on the decimal digits only: no floating point.

function assertFen(fen: number | bigint): void {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`not an integer amount of fen: ${fen}`)
  }
}

/** formatFen(-12345) → '-123.45', formatFen(5) → '0.05'. */
export function formatFen(fen: number | bigint): string {
  assertFen(fen)
  const negative = fen < 0
  const digits = (negative ? String(fen).slice(1) : String(fen)).padStart(3, '0')
  const yuan = digits.slice(0, -2)
  const cents = digits.slice(-2)
  return `${negative ? '-' : ''}${yuan}.${cents}`
}

/** formatYuan(15000) → '¥150.00', formatYuan(-5) → '-¥0.05'. */
export function formatYuan(fen: number | bigint): string {
  const text = formatFen(fen)
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`
}
