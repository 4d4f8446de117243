export const MAX_TERMINAL = 999

export type TerminalsRead = { ok: true; terminals: number[] } | { ok: false; bad: string }

/** Reads "1-5, 8 12" (commas, spaces or 、 between items) as sorted, distinct terminal numbers 1..999. */
export function parseTerminals(text: string): TerminalsRead {
  const set = new Set<number>()
  for (const item of text.split(/[\s,，、]+/).filter(Boolean)) {
    const m = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(item)
    const from = Number(m?.[1])
    const to = m?.[2] === undefined ? from : Number(m[2])
    if (!m || from < 1 || to > MAX_TERMINAL || from > to) return { ok: false, bad: item }
    for (let n = from; n <= to; n++) set.add(n)
  }
  return { ok: true, terminals: [...set].sort((a, b) => a - b) }
}

/** Writes terminal numbers back as short ranges: [1, 2, 3, 7] → "1-3, 7". */
export function formatTerminals(terminals: readonly number[]): string {
  const sorted = [...new Set(terminals)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return parts.join(', ')
}
