import type { AppLocale } from '@/common/i18n'
import { resultCodeTitle } from '@/common/i18n/result-codes'
import type { ImportJob, ImportReason, ImportState, ReportRow } from './types'

export function isFinished(state: ImportState): boolean {
  return state === 'DONE' || state === 'FAILED'
}

/** Progress of the current phase as a whole percentage, 0..100; a finished job is at 100. */
export function progressPercent(job: Pick<ImportJob, 'state' | 'processedRows' | 'totalRows'>): number {
  if (isFinished(job.state)) return 100
  if (!(job.totalRows > 0) || !(job.processedRows > 0)) return 0
  return Math.min(100, Math.floor((job.processedRows * 100) / job.totalRows))
}

/** The rows of the report to show: all, or only the refused ones. */
export function visibleRows(rows: readonly ReportRow[] | undefined, refusedOnly: boolean): ReportRow[] {
  const all = rows ?? []
  return refusedOnly ? all.filter((r) => r.status === 'REFUSED') : [...all]
}

/** "现金：不能为负数" / "cash: must not be negative", as the report workbook writes it. */
export function reasonText(reason: ImportReason, locale: AppLocale): string {
  const [column, message] = locale === 'zh-CN' ? [reason.title, reason.messageZh] : [reason.field, reason.messageEn]
  return [column, message || reason.code].filter(Boolean).join(locale === 'zh-CN' ? '：' : ': ')
}

export function reasonsText(row: ReportRow, locale: AppLocale): string {
  return row.reasons.map((r) => reasonText(r, locale)).join(locale === 'zh-CN' ? '；' : '; ')
}

/** Why a job failed: the catalogue's title for its code in the UI language, else the server's detail. */
export function failureTitle(job: ImportJob, locale: AppLocale): string | undefined {
  const failure = job.failure
  if (!failure) return undefined
  return resultCodeTitle(failure.code, locale) ?? failure.detail
}
