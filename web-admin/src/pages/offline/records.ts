import type { OfflineRecordView } from '@/common/api/types'
import type { AppLocale } from '@/common/i18n'
import { resultCodeTitle } from '@/common/i18n/result-codes'
import { formatFen } from '@/common/utils/money'
import { formatDateTime } from '@/pages/ledger/components/format'
import { SOURCES, STATUSES } from './api'

type Translate = (key: string) => string

/** A record as the table shows it. */
export interface RecordRow {
  key: string
  terminalCode: string
  trace: string
  batchNo: string
  source: string
  credential: string
  amount: string
  occurredAt: string
  receivedAt: string
  booked: boolean
  status: string
  result: string
  overdrawn: boolean
  postingId?: number
}

const MACHINE_NO = /^\d{1,8}$/

/** The terminal filter: a machine number ("12") or a terminal code ("00000012") as the code; blank is no filter. */
export function terminalCodeOf(input: string | undefined): string | undefined {
  const s = (input ?? '').trim()
  if (!s) return undefined
  return MACHINE_NO.test(s) ? s.padStart(8, '0') : s
}

/** "5082 卡片不在白名单中": the code and its catalogue title; nothing for 0 (booked). */
export function resultText(code: number | undefined, locale: AppLocale): string {
  if (code === undefined || code === 0) return ''
  const title = resultCodeTitle(code, locale)
  return title ? `${code} ${title}` : String(code)
}

/** The label of a value the contract types as a string; an unknown value is shown as it came. */
function label(t: Translate, group: string, known: readonly string[], value: string): string {
  return known.includes(value) ? t(`offline.${group}.${value}`) : value
}

export function recordRow(v: OfflineRecordView, locale: AppLocale, t: Translate): RecordRow {
  return {
    key: v.key,
    terminalCode: v.terminalCode,
    trace: v.trace,
    batchNo: v.batchNo,
    source: label(t, 'sources', SOURCES, v.source),
    credential: v.credential,
    amount: formatFen(v.amountFen),
    occurredAt: formatDateTime(v.occurredAt, locale),
    receivedAt: formatDateTime(v.receivedAt, locale),
    booked: v.status === 'BOOKED',
    status: label(t, 'statuses', STATUSES, v.status),
    result: resultText(v.resultCode, locale),
    overdrawn: v.overdrawn,
    postingId: v.postingId,
  }
}
