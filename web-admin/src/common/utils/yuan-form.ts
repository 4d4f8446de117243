import { formatFen, parseYuanToFen, type YuanProblem } from './money'

/** The yuan texts a form shows for some integer-fen fields of a record ("12.34" for 1234). */
export function fenToYuanTexts<K extends string>(source: Record<K, number>, keys: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>
  for (const k of keys) out[k] = formatFen(source[k])
  return out
}

export type YuanTextsRead<K extends string> =
  | { ok: true; fen: Record<K, number> }
  | { ok: false; problems: Partial<Record<K, YuanProblem>> }

/**
 * Reads a form's yuan texts as integer fen, digit by digit (never through floating point).
 * Zero is accepted (0 means "no limit" for most limits) except for the keys listed as positive.
 */
export function readYuanTexts<K extends string>(
  texts: Record<K, string>,
  keys: readonly K[],
  positive: readonly K[] = [],
): YuanTextsRead<K> {
  const fen = {} as Record<K, number>
  const problems: Partial<Record<K, YuanProblem>> = {}
  for (const k of keys) {
    const parsed = parseYuanToFen(texts[k], { allowZero: !positive.includes(k) })
    if (parsed.ok) fen[k] = parsed.fen
    else problems[k] = parsed.problem
  }
  return Object.keys(problems).length === 0 ? { ok: true, fen } : { ok: false, problems }
}
