import type { DeductionOrder, SystemParameters } from '@/common/api/types'
import type { YuanProblem } from '@/common/utils/money'
import { fenToYuanTexts, readYuanTexts } from '@/common/utils/yuan-form'

export const PARAMETER_AMOUNTS = ['maxCardBalanceFen', 'singleRechargeLimitFen', 'depositFen', 'cardCostFen'] as const
export type ParameterAmount = (typeof PARAMETER_AMOUNTS)[number]
/** Cards already issued depend on these; the server refuses a change once a card exists (5001). */
export const LOCKED_PARAMETERS = ['walletMode', 'cardNoLength', 'autoCardNo'] as const
export type LockedParameter = (typeof LOCKED_PARAMETERS)[number]

export const DEDUCTION_ORDERS: readonly DeductionOrder[] = ['CASH_ONLY', 'SUBSIDY_ONLY', 'CASH_THEN_SUBSIDY', 'SUBSIDY_THEN_CASH']

export type ParameterValues = Omit<SystemParameters, ParameterAmount>

export interface ParametersForm {
  amounts: Record<ParameterAmount, string>
  values: ParameterValues
}

export type ParametersRead =
  | { ok: true; body: SystemParameters }
  | { ok: false; problems: Partial<Record<ParameterAmount, YuanProblem | 'aboveMaximum'>> }

export function toForm(p: SystemParameters): ParametersForm {
  const { maxCardBalanceFen: _m, singleRechargeLimitFen: _s, depositFen: _d, cardCostFen: _c, ...values } = p
  return { amounts: fenToYuanTexts(p, PARAMETER_AMOUNTS), values }
}

/** The request for a form, or what is wrong with its amounts (the maximum balance must be above 0). */
export function toRequest(form: ParametersForm): ParametersRead {
  const read = readYuanTexts(form.amounts, PARAMETER_AMOUNTS, ['maxCardBalanceFen'])
  if (!read.ok) return read
  if (read.fen.singleRechargeLimitFen > read.fen.maxCardBalanceFen) {
    return { ok: false, problems: { singleRechargeLimitFen: 'aboveMaximum' } }
  }
  return { ok: true, body: { ...form.values, ...read.fen } }
}

/** The locked parameters a request would change, to show a 5001 against the right fields. */
export function lockedChanges(before: SystemParameters, after: SystemParameters): LockedParameter[] {
  return LOCKED_PARAMETERS.filter((k) => before[k] !== after[k])
}
