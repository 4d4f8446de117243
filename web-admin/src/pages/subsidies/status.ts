import type { SubsidyMode, SubsidyStatus, SubsidyView } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

export const SUBSIDY_STATUSES: readonly SubsidyStatus[] = [
  'REGISTERED',
  'DISTRIBUTED',
  'CLAIMED',
  'EXPIRED',
  'SUPERSEDED',
  'REVERSED',
  'DELETED',
]
export const SUBSIDY_MODES: readonly SubsidyMode[] = ['CUMULATIVE', 'RESET']

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

const TAG: Record<SubsidyStatus, TagType> = {
  REGISTERED: 'info',
  DISTRIBUTED: 'warning',
  CLAIMED: 'success',
  EXPIRED: 'info',
  SUPERSEDED: 'info',
  REVERSED: 'danger',
  DELETED: 'info',
}

export function subsidyTagType(status: SubsidyStatus): TagType {
  return TAG[status]
}

/** The i18n key of a status label (subsidies.statuses.CLAIMED → 已领取). */
export function subsidyStatusKey(status: SubsidyStatus): string {
  return `subsidies.statuses.${status}`
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The status as shown in the table; an expired one also says what expiry cleared from the wallet. */
export function subsidyStatusText(s: Pick<SubsidyView, 'status' | 'clearedFen'>, t: Translate): string {
  const label = t(subsidyStatusKey(s.status))
  if (s.status !== 'EXPIRED' || s.clearedFen === undefined) return label
  return t('subsidies.clearedLabel', { label, amount: formatFen(s.clearedFen) })
}

/** What a subsidy in this status offers; the server decides again. */
export function subsidyActions(status: SubsidyStatus): { distribute: boolean; delete: boolean; reverse: boolean } {
  return {
    distribute: status === 'REGISTERED',
    delete: status === 'REGISTERED',
    reverse: status === 'DISTRIBUTED' || status === 'CLAIMED',
  }
}

/**
 * The confirmation text of a reversal: a claimed subsidy takes its granted amount back out of the
 * wallet; a distributed one never reached it, so nothing leaves the card.
 */
export function reversalText(s: Pick<SubsidyView, 'status' | 'amountFen' | 'personName' | 'employeeNo'>, t: Translate): string {
  const values = { name: s.personName, employeeNo: s.employeeNo, amount: formatFen(s.amountFen) }
  return t(s.status === 'CLAIMED' ? 'subsidies.confirmReverseClaimed' : 'subsidies.confirmReverseUnclaimed', values)
}
