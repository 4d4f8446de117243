import type {
  CashReportDay,
  PromotionChannel,
  RechargeOperatorView,
  RechargePromotionRequest,
  RechargePromotionView,
} from '@/common/api/types'
import { formatFen, parseYuanToFen } from '@/common/utils/money'

export const PROMOTION_CHANNELS: readonly PromotionChannel[] = ['RECHARGE_POS', 'CASHIER', 'COUNTER', 'ONLINE']

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

/** locked after three wrong PINs / some wrong PINs already / fine */
export function operatorTagType(o: Pick<RechargeOperatorView, 'locked' | 'failedAttempts'>): TagType {
  if (o.locked) return 'danger'
  return o.failedAttempts > 0 ? 'warning' : 'success'
}

export type CashTotals = Omit<CashReportDay, 'operatorId' | 'operatorName' | 'day'>

const CASH_KEYS = ['recharges', 'rechargeFen', 'reversals', 'reversedFen', 'refunds', 'refundFen', 'bonusFen', 'netCashFen'] as const

/** The report's totals row: every count and amount summed (integer fen). */
export function cashTotals(rows: readonly CashReportDay[]): CashTotals {
  const totals = Object.fromEntries(CASH_KEYS.map((k) => [k, 0])) as CashTotals
  for (const r of rows) for (const k of CASH_KEYS) totals[k] += r[k]
  return totals
}

/** What the promotion form holds: amounts as the yuan typed, the percent as typed. */
export interface PromotionForm {
  name: string
  /** [startsOn, endsOn], YYYY-MM-DD */
  days: [string, string] | null
  minAmount: string
  /** blank: no upper bound */
  maxAmount: string
  bonusKind: 'percent' | 'fixed'
  percent: string
  fixed: string
  /** blank or 0: no cap */
  maxBonus: string
  channels: PromotionChannel[]
  enabled: boolean
}

export type PromotionField = 'name' | 'days' | 'minAmount' | 'maxAmount' | 'percent' | 'fixed' | 'maxBonus' | 'channels'

/** i18n keys of what is wrong with each field */
export type PromotionRead =
  | { ok: true; body: RechargePromotionRequest }
  | { ok: false; problems: Partial<Record<PromotionField, string>> }

export function emptyPromotionForm(): PromotionForm {
  return {
    name: '', days: null, minAmount: '', maxAmount: '', bonusKind: 'percent', percent: '', fixed: '', maxBonus: '',
    channels: [...PROMOTION_CHANNELS], enabled: true,
  }
}

export function promotionToForm(p: RechargePromotionView): PromotionForm {
  const percent = p.percent !== undefined && p.percent !== null
  return {
    name: p.name,
    days: [p.startsOn, p.endsOn],
    minAmount: formatFen(p.minAmountFen),
    maxAmount: p.maxAmountFen === undefined || p.maxAmountFen === null ? '' : formatFen(p.maxAmountFen),
    bonusKind: percent ? 'percent' : 'fixed',
    percent: percent ? String(p.percent) : '',
    fixed: p.fixedFen === undefined || p.fixedFen === null ? '' : formatFen(p.fixedFen),
    maxBonus: p.maxBonusFen > 0 ? formatFen(p.maxBonusFen) : '',
    channels: [...p.channels],
    enabled: p.enabled,
  }
}

const WHOLE = /^\d{1,3}$/

/**
 * Reads the form as the request, amounts as integer fen (never through floating point); refuses
 * what the server would: a blank name, the end before the start, a maximum under the minimum, a
 * percent outside 1–100 or not whole, a fixed bonus of nothing, no channel.
 */
export function readPromotionForm(form: PromotionForm): PromotionRead {
  const problems: Partial<Record<PromotionField, string>> = {}
  const name = form.name.trim()
  if (name === '') problems.name = 'recharge.promo.nameRequired'
  const [startsOn, endsOn] = form.days ?? ['', '']
  if (!startsOn || !endsOn) problems.days = 'recharge.promo.daysRequired'
  else if (endsOn < startsOn) problems.days = 'recharge.promo.endBeforeStart'
  const min = parseYuanToFen(form.minAmount)
  if (!min.ok) problems.minAmount = `yuan.${min.problem}`
  let maxAmountFen: number | undefined
  if (form.maxAmount.trim() !== '') {
    const max = parseYuanToFen(form.maxAmount)
    if (!max.ok) problems.maxAmount = `yuan.${max.problem}`
    else if (min.ok && max.fen < min.fen) problems.maxAmount = 'recharge.promo.maxBelowMin'
    else maxAmountFen = max.fen
  }
  let percent: number | undefined
  let fixedFen: number | undefined
  if (form.bonusKind === 'percent') {
    const text = form.percent.trim()
    const n = WHOLE.test(text) ? Number(text) : NaN
    if (!(n >= 1 && n <= 100)) problems.percent = 'recharge.promo.percentRange'
    else percent = n
  } else {
    const fixed = parseYuanToFen(form.fixed)
    if (!fixed.ok) problems.fixed = `yuan.${fixed.problem}`
    else fixedFen = fixed.fen
  }
  let maxBonusFen = 0
  if (form.maxBonus.trim() !== '') {
    const cap = parseYuanToFen(form.maxBonus, { allowZero: true })
    if (!cap.ok) problems.maxBonus = `yuan.${cap.problem}`
    else maxBonusFen = cap.fen
  }
  if (form.channels.length === 0) problems.channels = 'recharge.promo.channelsRequired'
  if (Object.keys(problems).length > 0 || !min.ok) return { ok: false, problems }
  return {
    ok: true,
    body: {
      name, startsOn, endsOn, minAmountFen: min.fen, maxAmountFen, percent, fixedFen, maxBonusFen,
      channels: PROMOTION_CHANNELS.filter((c) => form.channels.includes(c)), enabled: form.enabled,
    },
  }
}

/** A promotion is running on this day when enabled and the day is in its range. */
export function promotionRunning(p: Pick<RechargePromotionView, 'enabled' | 'startsOn' | 'endsOn'>, day: string): boolean {
  return p.enabled && p.startsOn <= day && day <= p.endsOn
}

/** Six digits, as the terminals' PIN pad takes them. */
export function validPin(pin: string): boolean {
  return /^\d{6}$/.test(pin)
}
