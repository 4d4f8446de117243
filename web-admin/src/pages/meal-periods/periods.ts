import { ApiError } from '@/common/api/problem'
import type { MealPeriods, MealPeriodView } from '@/common/api/types'

export const PERIOD_COUNT = 8

export interface PeriodRow {
  id: number
  name: string
  /** "HH:mm", or '' when not set */
  start: string
  end: string
  enabled: boolean
}

export type PeriodHint = { kind: 'nameRequired' } | { kind: 'times' } | { kind: 'overlap'; previous: number }
export type RowField = 'name' | 'start' | 'end' | 'id'

/** "11:00:00" or "11:00" as "11:00"; the server sends seconds, the picker works in minutes. */
export function toMinutesText(time: string | undefined): string {
  return time ? time.slice(0, 5) : ''
}

/** Always the eight rows 1..8, filling any the server left out as disabled. */
export function toRows(view: MealPeriods): PeriodRow[] {
  return Array.from({ length: PERIOD_COUNT }, (_, i) => {
    const p: MealPeriodView | undefined = view.periods.find((x) => x.id === i + 1)
    return { id: i + 1, name: p?.name ?? '', start: toMinutesText(p?.start), end: toMinutesText(p?.end), enabled: p?.enabled ?? false }
  })
}

export function toRequest(rows: readonly PeriodRow[]): MealPeriods {
  return {
    periods: rows.map((r) => ({
      id: r.id,
      name: r.name.trim() || undefined,
      start: r.start || undefined,
      end: r.end || undefined,
      enabled: r.enabled,
    })),
  }
}

/**
 * What the server will refuse, shown while the operator edits: an enabled period needs a name and a
 * start before its end, and starts no earlier than the previous enabled period ends. null = fine.
 */
export function periodHints(rows: readonly PeriodRow[]): (PeriodHint | null)[] {
  let previous: PeriodRow | null = null
  return rows.map((r) => {
    if (!r.enabled) return null
    if (!r.name.trim()) return { kind: 'nameRequired' }
    if (!r.start || !r.end || r.start >= r.end) return { kind: 'times' }
    const hint: PeriodHint | null = previous && r.start < previous.end ? { kind: 'overlap', previous: previous.id } : null
    previous = r
    return hint
  })
}

/** The server's field errors by row: "periods[2].start" → { 2: { start: message } }. */
export function rowErrors(err: unknown): Record<number, Partial<Record<RowField, string>>> {
  const out: Record<number, Partial<Record<RowField, string>>> = {}
  if (!(err instanceof ApiError)) return out
  for (const { field, message } of err.fieldErrors) {
    const m = /periods\[(\d+)\]\.(name|start|end|id)$/.exec(field)
    if (!m) continue
    const row = (out[Number(m[1])] ??= {})
    row[m[2] as RowField] ??= message
  }
  return out
}
