// The server refuses an amount with a catalogue code and a detail naming the limit in fen
// ("At most 50000 fen per recharge", "The balance may not exceed 100000 fen; it is 99000");
// the page shows that limit in yuan under the catalogue message.
import { ApiError } from '@/common/api/errors'

export const INVALID_AMOUNT = 3003
export const BALANCE_ABOVE_MAXIMUM = 5013
export const ABOVE_SINGLE_RECHARGE_LIMIT = 5014

export type LimitHint =
  | { kind: 'min'; minFen: number }
  | { kind: 'single'; maxFen: number }
  | { kind: 'balance'; maxFen: number; roomFen: number }

const numbersIn = (text: string): number[] => (text.match(/-?\d+/g) ?? []).map(Number).filter(Number.isSafeInteger)

/** The limit the server's refusal names, if the error is such a refusal and the detail reads. */
export function limitHint(error: unknown): LimitHint | null {
  if (!(error instanceof ApiError)) return null
  const n = numbersIn(error.problem?.detail ?? '')
  switch (error.code) {
    case INVALID_AMOUNT:
      return { kind: 'min', minFen: 1 }
    case ABOVE_SINGLE_RECHARGE_LIMIT:
      return n.length >= 1 ? { kind: 'single', maxFen: n[0] } : null
    case BALANCE_ABOVE_MAXIMUM:
      return n.length >= 2 ? { kind: 'balance', maxFen: n[0], roomFen: Math.max(0, n[0] - n[1]) } : null
    default:
      return null
  }
}
