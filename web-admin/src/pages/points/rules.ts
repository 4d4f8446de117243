/**
 * The points arithmetic the server uses (org.onecard.points.domain.PointsRate), so the rules form
 * can show what a sale earns before the rate is saved. The server still decides (8020).
 */

export const MIN_RATE = 1
export const MAX_RATE = 1000

/** Whether the rate is a whole number of points per yuan the server accepts. */
export function isRate(rate: number | null | undefined): rate is number {
  return typeof rate === 'number' && Number.isInteger(rate) && rate >= MIN_RATE && rate <= MAX_RATE
}

/** Points a charge of chargedFen earns at the rate: charged fen × rate ÷ 100, rounded down. */
export function pointsEarned(chargedFen: number, rate: number): number {
  if (chargedFen <= 0 || rate <= 0) return 0
  return Math.floor((chargedFen * rate) / 100)
}

/** A period the summary accepts: both dates, from not after to, at most 366 days (8027 otherwise). */
export function isPeriod(from: string, to: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return false
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
  return Number.isFinite(days) && days >= 0 && days < 366
}

/** Points still out of a tally: earned less voided, less spent plus given back. */
export function netPoints(t: { earned?: number; earnedVoided?: number; spent?: number; spentVoided?: number } = {}): number {
  return (t.earned ?? 0) - (t.earnedVoided ?? 0) - (t.spent ?? 0) + (t.spentVoided ?? 0)
}
