import type { GroupRuleRequest, GroupRuleView } from '@/common/api/types'
import type { YuanProblem } from '@/common/utils/money'
import { fenToYuanTexts, readYuanTexts } from '@/common/utils/yuan-form'

export const RULE_AMOUNTS = ['perTransactionLimitFen', 'dailyLimitFen'] as const
export type RuleAmount = (typeof RULE_AMOUNTS)[number]

export interface RuleForm {
  /** "HH:mm:ss"; both ends are inclusive */
  windowStart: string
  windowEnd: string
  countLimit: number
  discountPercent: number
  amounts: Record<RuleAmount, string>
}

export type RuleProblem = YuanProblem | 'required' | 'window' | 'aboveDaily'
export type RuleRead = { ok: true; body: GroupRuleRequest } | { ok: false; problems: Partial<Record<RuleAmount | 'windowStart' | 'windowEnd', RuleProblem>> }

export function emptyRule(): RuleForm {
  return { windowStart: '', windowEnd: '', countLimit: 0, discountPercent: 100, amounts: { perTransactionLimitFen: '0.00', dailyLimitFen: '0.00' } }
}

export function toRuleForm(r: GroupRuleView): RuleForm {
  return {
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    countLimit: r.countLimit,
    discountPercent: r.discountPercent,
    amounts: fenToYuanTexts(r, RULE_AMOUNTS),
  }
}

export function toRuleRequest(f: RuleForm): RuleRead {
  const problems: Partial<Record<RuleAmount | 'windowStart' | 'windowEnd', RuleProblem>> = {}
  if (!f.windowStart) problems.windowStart = 'required'
  if (!f.windowEnd) problems.windowEnd = 'required'
  else if (f.windowStart && f.windowStart >= f.windowEnd) problems.windowEnd = 'window'
  const read = readYuanTexts(f.amounts, RULE_AMOUNTS)
  if (!read.ok) Object.assign(problems, read.problems)
  else if (read.fen.perTransactionLimitFen > 0 && read.fen.dailyLimitFen > 0 && read.fen.perTransactionLimitFen > read.fen.dailyLimitFen) {
    problems.perTransactionLimitFen = 'aboveDaily'
  }
  if (!read.ok || Object.keys(problems).length > 0) return { ok: false, problems }
  return {
    ok: true,
    body: { windowStart: f.windowStart, windowEnd: f.windowEnd, countLimit: f.countLimit, discountPercent: f.discountPercent, ...read.fen },
  }
}

/** The other rule whose window (both ends inclusive) the new one would overlap, as the server checks (4008). */
export function overlappingRule(
  window: { windowStart: string; windowEnd: string },
  others: readonly GroupRuleView[],
  exceptId?: number,
): GroupRuleView | undefined {
  if (!window.windowStart || !window.windowEnd) return undefined
  return others.find((o) => o.id !== exceptId && window.windowStart <= o.windowEnd && o.windowStart <= window.windowEnd)
}
