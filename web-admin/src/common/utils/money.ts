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

export type YuanProblem = 'empty' | 'format' | 'decimals' | 'negative' | 'zero' | 'tooLarge'
export type YuanParse = { ok: true; fen: number } | { ok: false; problem: YuanProblem }

const YUAN = /^(\d+)(?:\.(\d+))?$/
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * Reads what the operator typed in yuan ("12.34") as integer fen (1234), digit by digit so no
 * floating point ever touches the amount. More than two decimals, signs and empty input are refused;
 * zero only when allowZero (a deposit may be free, a recharge may not).
 */
export function parseYuanToFen(input: string, options: { allowZero?: boolean } = {}): YuanParse {
  const text = input.trim()
  if (text === '') return { ok: false, problem: 'empty' }
  if (text.startsWith('-')) return { ok: false, problem: 'negative' }
  const match = YUAN.exec(text)
  if (!match) return { ok: false, problem: 'format' }
  const whole = match[1] ?? '0'
  const cents = match[2] ?? ''
  if (cents.length > 2) return { ok: false, problem: 'decimals' }
  const fen = BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0'))
  if (fen > MAX_FEN) return { ok: false, problem: 'tooLarge' }
  if (fen === 0n && !options.allowZero) return { ok: false, problem: 'zero' }
  return { ok: true, fen: Number(fen) }
}
