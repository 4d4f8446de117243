// The amount a cardholder types, in yuan, turned into integer fen without floating point.

/** Preset buttons, in yuan. */
export const PRESET_YUAN = [10, 20, 50, 100] as const

/** The server's own upper bound (a Java int of fen); the card's limits come in its refusal. */
export const MAX_FEN = 2_147_483_647

export type AmountProblem = 'required' | 'format' | 'precision' | 'positive' | 'tooLarge'
export type ParsedAmount = { ok: true; fen: number } | { ok: false; problem: AmountProblem }

const YUAN = /^(\d+)(?:\.(\d*))?$/

/** parseYuan('12.34') → 1234 fen; more than two decimals, signs, exponents or zero are refused. */
export function parseYuan(text: string): ParsedAmount {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: 'required' }
  const m = YUAN.exec(trimmed)
  if (!m) return { ok: false, problem: 'format' }
  const yuan = m[1].replace(/^0+(?=\d)/, '')
  const cents = m[2] ?? ''
  if (m[2] !== undefined && cents === '') return { ok: false, problem: 'format' } // "12."
  if (cents.length > 2) return { ok: false, problem: 'precision' }
  if (yuan.length > 8) return { ok: false, problem: 'tooLarge' } // before Number(): stays a safe integer
  const fen = Number(yuan) * 100 + Number(cents.padEnd(2, '0'))
  if (fen === 0) return { ok: false, problem: 'positive' }
  if (fen > MAX_FEN) return { ok: false, problem: 'tooLarge' }
  return { ok: true, fen }
}
