import type { ConsumptionView } from '@/common/api/types'

export type CorrectionDirection = 'refund' | 'charge' | 'none'

export interface CorrectionEffect {
  direction: CorrectionDirection
  /** how much goes back to the card (refund) or is taken from it (charge); never negative */
  fen: number
}

/**
 * What correcting a consumption to the amount that should have been charged does: charged 12.00 but
 * should have been 10.00 refunds 2.00; should have been 15.00 charges 3.00 more. Integer fen only.
 */
export function correctionEffect(chargedFen: number, correctFen: number): CorrectionEffect {
  if (!Number.isSafeInteger(chargedFen) || !Number.isSafeInteger(correctFen)) {
    throw new RangeError(`not a whole number of fen: ${chargedFen}, ${correctFen}`)
  }
  const diff = BigInt(correctFen) - BigInt(chargedFen)
  if (diff === 0n) return { direction: 'none', fen: 0 }
  return diff < 0n ? { direction: 'refund', fen: Number(-diff) } : { direction: 'charge', fen: Number(diff) }
}

/** Why a consumption cannot be corrected now, or null when it can (the server decides again). */
export function correctionBlock(c: Pick<ConsumptionView, 'correctedAmountFen' | 'correctableUntil'>, now: Date): 'corrected' | 'windowPassed' | null {
  if (c.correctedAmountFen !== undefined && c.correctedAmountFen !== null) return 'corrected'
  const until = Date.parse(c.correctableUntil)
  if (Number.isNaN(until) || until <= now.getTime()) return 'windowPassed'
  return null
}
