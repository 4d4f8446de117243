import { describe, expect, it } from 'vitest'
import { isPeriod, isRate, netPoints, pointsEarned } from '@/pages/points/rules'

describe('points arithmetic, as the server counts', () => {
  it.each([
    [1250, 3, 37],
    [99, 1, 0],
    [100, 1, 1],
    [1000, 0, 0],
    [0, 5, 0],
    [-100, 5, 0],
  ])('%i fen at %i per yuan earns %i points (rounded down)', (fen, rate, points) => {
    expect(pointsEarned(fen, rate)).toBe(points)
  })

  it('accepts whole rates from 1 to 1000 only', () => {
    expect([0, 1, 1000, 1001, 2.5, undefined, null].map((r) => isRate(r))).toEqual([false, true, true, false, false, false, false])
  })

  it('accepts periods the summary accepts', () => {
    expect(isPeriod('2026-01-01', '2026-01-31')).toBe(true)
    expect(isPeriod('2026-01-01', '2026-01-01')).toBe(true)
    expect(isPeriod('2026-02-01', '2026-01-31')).toBe(false)
    expect(isPeriod('2025-01-01', '2026-01-01')).toBe(true)
    expect(isPeriod('2025-01-01', '2026-01-02')).toBe(false)
    expect(isPeriod('', '2026-01-01')).toBe(false)
  })

  it('nets a tally', () => {
    expect(netPoints({ earned: 100, earnedVoided: 10, spent: 50, spentVoided: 5 })).toBe(45)
  })
})
