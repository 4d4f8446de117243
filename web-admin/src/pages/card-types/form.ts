import type { CardTypeRequest, CardTypeView, DeductionOrder } from '@/common/api/types'
import type { YuanProblem } from '@/common/utils/money'
import { fenToYuanTexts, readYuanTexts } from '@/common/utils/yuan-form'
import { formatTerminals, parseTerminals } from './terminals'

export const CARD_TYPE_AMOUNTS = [
  'perTransactionMaxFen',
  'perMealAmountLimitFen',
  'perDayAmountLimitFen',
  'minBalanceFen',
  'maxBalanceFen',
] as const
export type CardTypeAmount = (typeof CARD_TYPE_AMOUNTS)[number]

export interface CardTypeForm {
  name: string
  discountPercent: number
  validDays: number
  perMealCountLimit: number
  perDayCountLimit: number
  deductionOrder: DeductionOrder
  allowedMealPeriods: number[]
  allTerminals: boolean
  terminals: string
  pinRequired: boolean
  amounts: Record<CardTypeAmount, string>
}

export type CardTypeProblem = YuanProblem | 'required' | 'minAboveMax' | 'terminals'
export type CardTypeRead =
  | { ok: true; body: CardTypeRequest }
  | { ok: false; problems: Partial<Record<CardTypeAmount | 'name' | 'allowedTerminals', CardTypeProblem>>; bad?: string }

/** A new card type: no limits (0), full price, valid forever, every terminal. */
export function emptyForm(): CardTypeForm {
  return {
    name: '',
    discountPercent: 100,
    validDays: 0,
    perMealCountLimit: 0,
    perDayCountLimit: 0,
    deductionOrder: 'SUBSIDY_THEN_CASH',
    allowedMealPeriods: [],
    allTerminals: true,
    terminals: '',
    pinRequired: false,
    amounts: { perTransactionMaxFen: '0.00', perMealAmountLimitFen: '0.00', perDayAmountLimitFen: '0.00', minBalanceFen: '0.00', maxBalanceFen: '0.00' },
  }
}

export function toForm(v: CardTypeView): CardTypeForm {
  return {
    name: v.name,
    discountPercent: v.discountPercent,
    validDays: v.validDays,
    perMealCountLimit: v.perMealCountLimit,
    perDayCountLimit: v.perDayCountLimit,
    deductionOrder: v.deductionOrder,
    allowedMealPeriods: [...v.allowedMealPeriods],
    allTerminals: v.allTerminals,
    terminals: formatTerminals(v.allowedTerminals),
    pinRequired: v.pinRequired,
    amounts: fenToYuanTexts(v, CARD_TYPE_AMOUNTS),
  }
}

/** The request for a form, or what is wrong with it (the server checks again and has the last word). */
export function toRequest(f: CardTypeForm): CardTypeRead {
  const problems: Partial<Record<CardTypeAmount | 'name' | 'allowedTerminals', CardTypeProblem>> = {}
  const name = f.name.trim()
  if (!name) problems.name = 'required'
  const read = readYuanTexts(f.amounts, CARD_TYPE_AMOUNTS)
  if (!read.ok) Object.assign(problems, read.problems)
  else if (read.fen.maxBalanceFen > 0 && read.fen.minBalanceFen > read.fen.maxBalanceFen) problems.minBalanceFen = 'minAboveMax'
  const terminals = f.allTerminals ? { ok: true as const, terminals: [] } : parseTerminals(f.terminals)
  if (!terminals.ok || (!f.allTerminals && terminals.terminals.length === 0)) problems.allowedTerminals = 'terminals'
  if (!read.ok || !terminals.ok || Object.keys(problems).length > 0) {
    return { ok: false, problems, bad: terminals.ok ? undefined : terminals.bad }
  }
  return {
    ok: true,
    body: {
      name,
      discountPercent: f.discountPercent,
      validDays: f.validDays,
      perMealCountLimit: f.perMealCountLimit,
      perDayCountLimit: f.perDayCountLimit,
      deductionOrder: f.deductionOrder,
      allowedMealPeriods: [...f.allowedMealPeriods].sort((a, b) => a - b),
      allTerminals: f.allTerminals,
      allowedTerminals: terminals.terminals,
      pinRequired: f.pinRequired,
      ...read.fen,
    },
  }
}
