import type { DetailKind, DetailLine } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'
import type { ReportQuery } from './api'
import { queryFrom } from './format'

/** The kinds of the details report, in the server's order (DetailKind). */
export const DETAIL_KINDS: readonly DetailKind[] = ['RECHARGE', 'CONSUMPTION', 'SUPPLEMENT', 'CORRECTION', 'REFUND', 'CARD_RETURN', 'CARD_COST', 'SUBSIDY']

/** Rows per page on screen; the server takes at most 500 (7041), which is also what the print view prints. */
export const PAGE_SIZES = [20, 50, 100] as const
export const PRINT_LIMIT = 500

/** The details report's filters beyond the date range and outlets; blank texts and absent ids filter nothing. */
export interface DetailsFilters {
  kinds: DetailKind[]
  departmentCode: string
  cardNo: string
  terminal: string
  personId?: number
  operatorId?: number
  mealPeriodId?: number
}

export type DetailsQuery = ReportQuery & DetailsFilters

export function emptyFilters(): DetailsFilters {
  return { kinds: [], departmentCode: '', cardNo: '', terminal: '' }
}

function text(value: string): string | undefined {
  const v = value.trim()
  return v === '' ? undefined : v
}

/** The query string the server takes (GET /api/reports/details and details.xlsx): only what is set. */
export function detailsParams(q: DetailsQuery) {
  return {
    from: q.from,
    to: q.to,
    outletId: q.outletIds.length ? q.outletIds : undefined,
    kind: q.kinds.length ? [...q.kinds] : undefined,
    departmentCode: text(q.departmentCode),
    cardNo: text(q.cardNo),
    terminal: text(q.terminal),
    personId: q.personId,
    operatorId: q.operatorId,
    mealPeriodId: q.mealPeriodId,
  }
}

/** The print view's address, carrying every filter so the printed report is the one on screen. */
export function detailsPrintPath(q: DetailsQuery): string {
  const params = new URLSearchParams({ from: q.from, to: q.to })
  for (const id of q.outletIds) params.append('outletId', String(id))
  for (const k of q.kinds) params.append('kind', k)
  for (const key of ['departmentCode', 'cardNo', 'terminal'] as const) {
    const v = text(q[key])
    if (v) params.set(key, v)
  }
  for (const key of ['personId', 'operatorId', 'mealPeriodId'] as const) {
    if (q[key] !== undefined) params.set(key, String(q[key]))
  }
  return `reports/details/print?${params.toString()}`
}

function list(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]
}

function positive(raw: unknown): number | undefined | null {
  if (raw === undefined || raw === null || raw === '') return undefined
  const n = Number(raw)
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

/** Reads the details query back from the print view's address; null when it is not one. */
export function detailsQueryFrom(params: Record<string, unknown>): DetailsQuery | null {
  const base = queryFrom(params)
  if (!base) return null
  const kinds = list(params.kind)
  if (!kinds.every((k): k is DetailKind => typeof k === 'string' && (DETAIL_KINDS as readonly string[]).includes(k))) return null
  const ids = { personId: positive(params.personId), operatorId: positive(params.operatorId), mealPeriodId: positive(params.mealPeriodId) }
  if (Object.values(ids).some((v) => v === null)) return null
  const str = (raw: unknown) => (typeof raw === 'string' ? raw : '')
  const q: DetailsQuery = { ...base, kinds, departmentCode: str(params.departmentCode), cardNo: str(params.cardNo), terminal: str(params.terminal) }
  for (const [key, value] of Object.entries(ids)) if (value !== undefined && value !== null) q[key as 'personId'] = value
  return q
}

/** Yuan with the sign the report gives it: + for what the card gained, − for what it lost. */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${formatFen(fen)}` : formatFen(fen)
}

/** "2026-11-21 08:05:09" in the browser's zone (the business zone on the card centre's PCs). */
export function localTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

/** "工号 姓名" of a row, or what there is of it. */
export function personCell(row: Pick<DetailLine, 'employeeNo' | 'personName'>): string {
  return [row.employeeNo, row.personName].filter((x) => !!x).join(' ')
}

/** The cells of one row as the print view and the table show them, in DETAIL_COLUMNS order. */
export function detailCells(row: DetailLine, kindTitle: (k: DetailKind) => string): string[] {
  return [localTime(row.occurredAt), row.accountingDate, kindTitle(row.kind), row.cardNo ?? '', personCell(row), row.department ?? '',
    row.outletName ?? '', row.terminal ?? '', row.operatorName ?? '', row.mealName ?? '', signedYuan(row.amountFen),
    row.balanceAfterFen === undefined || row.balanceAfterFen === null ? '' : formatFen(row.balanceAfterFen), String(row.postingId)]
}

/** The columns of the table, by i18n key under reports.details.col; money ones align right. */
export const DETAIL_COLUMNS: readonly { key: string; num: boolean }[] = [
  'time', 'accountingDate', 'kind', 'cardNo', 'person', 'department', 'outlet', 'terminal', 'operator', 'meal', 'amount', 'balance', 'reference',
].map((key) => ({ key, num: key === 'amount' || key === 'balance' }))
