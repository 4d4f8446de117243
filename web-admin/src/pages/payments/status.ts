import type {
  NotificationOutcome,
  OrderStatus,
  PaymentChannel,
  PaymentNotificationView,
  PaymentOrderView,
  PaymentRefundView,
  ReconciliationReport,
} from '@/common/api/types'
import { parseYuanToFen, type YuanProblem } from '@/common/utils/money'

export const ORDER_STATUSES: readonly OrderStatus[] = ['CREATED', 'PAID', 'CLOSED', 'REFUNDED']
export const CHANNELS: readonly PaymentChannel[] = ['WECHAT', 'ALIPAY']
export const OUTCOMES: readonly NotificationOutcome[] = ['CREDITED', 'REPEATED', 'IGNORED', 'REJECTED']

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

// waiting for the cardholder / credited / never paid / money sent back
const ORDER_TAG: Record<OrderStatus, TagType> = { CREATED: 'warning', PAID: 'success', CLOSED: 'info', REFUNDED: 'danger' }
// credited the wallet / a repeat, answered and ignored / not a payment (yet) / refused: forged, stale or wrong
const OUTCOME_TAG: Record<NotificationOutcome, TagType> = { CREDITED: 'success', REPEATED: 'info', IGNORED: 'warning', REJECTED: 'danger' }
const REFUND_TAG: Record<string, TagType> = { PROCESSING: 'warning', SUCCESS: 'success', FAILED: 'danger' }

export function orderTagType(status: OrderStatus): TagType {
  return ORDER_TAG[status] ?? 'info'
}

export function outcomeTagType(outcome: string): TagType {
  return OUTCOME_TAG[outcome as NotificationOutcome] ?? 'info'
}

export function refundTagType(status: string): TagType {
  return REFUND_TAG[status] ?? 'info'
}

/** What may still be refunded, in fen: only a paid order, less what went back already (the server decides again). */
export function refundableFen(o: Pick<PaymentOrderView, 'status' | 'amountFen' | 'refundedFen'>): number {
  if (o.status !== 'PAID' && o.status !== 'REFUNDED') return 0
  return Math.max(0, o.amountFen - o.refundedFen)
}

export type RefundAmount = { ok: true; fen: number } | { ok: false; problem: YuanProblem | 'exceeds' }

/** Reads the yuan typed in the refund dialog as integer fen, at most what is refundable. */
export function readRefundAmount(text: string, refundable: number): RefundAmount {
  const parsed = parseYuanToFen(text)
  if (!parsed.ok) return parsed
  return parsed.fen > refundable ? { ok: false, problem: 'exceeds' } : parsed
}

export type TimelineKind = 'created' | 'notified' | 'credited' | 'closed' | 'refund' | 'refundFinished'

export interface TimelineEvent {
  at: string
  kind: TimelineKind
  /** the notification's outcome or the refund's status */
  state?: string
  amountFen?: number
  detail?: string
}

/**
 * The order's story, oldest first: created, each notification received (with what became of it),
 * credited, closed, each refund asked for and how it ended. Events at the same moment keep this order.
 */
export function orderTimeline(
  order: PaymentOrderView,
  refunds: readonly PaymentRefundView[],
  notifications: readonly PaymentNotificationView[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [{ at: order.createdAt, kind: 'created', amountFen: order.amountFen }]
  for (const n of notifications) {
    events.push({ at: n.receivedAt, kind: 'notified', state: n.outcome, detail: n.detail ?? undefined })
  }
  if (order.paidAt) events.push({ at: order.paidAt, kind: 'credited', amountFen: order.amountFen })
  if (order.closedAt) events.push({ at: order.closedAt, kind: 'closed' })
  for (const r of refunds) {
    events.push({ at: r.createdAt, kind: 'refund', state: r.status, amountFen: r.amountFen, detail: r.reason ?? undefined })
    if (r.finishedAt) events.push({ at: r.finishedAt, kind: 'refundFinished', state: r.status, amountFen: r.amountFen })
  }
  const time = (e: TimelineEvent) => {
    const t = Date.parse(e.at)
    return Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t
  }
  // a stable sort: the order above breaks ties
  return events.map((e, i) => ({ e, i })).sort((a, b) => time(a.e) - time(b.e) || a.i - b.i).map(({ e }) => e)
}

export type ReconciliationGroup = 'matched' | 'missingInLedger' | 'missingInStatement' | 'amountDiffers'
export const RECONCILIATION_GROUPS: readonly ReconciliationGroup[] = ['matched', 'missingInLedger', 'missingInStatement', 'amountDiffers']

export interface ReconciliationRow {
  group: ReconciliationGroup
  orderNo: string
  statementFen: number | null
  ledgerFen: number | null
  /** statement minus ledger; null when one side lacks the order */
  differenceFen: number | null
}

export interface GroupSummary {
  group: ReconciliationGroup
  count: number
  statementFen: number
  ledgerFen: number
}

const present = (v: number | null | undefined): number | null => (v === undefined || v === null ? null : v)

/** The report's orders as one list, grouped in the order finance works through them. */
export function reconciliationRows(report: ReconciliationReport): ReconciliationRow[] {
  const lists: Record<ReconciliationGroup, ReconciliationReport['missingInLedger'] | undefined> = {
    matched: report.matchedOrders,
    missingInLedger: report.missingInLedger,
    missingInStatement: report.missingInStatement,
    amountDiffers: report.amountDifferences,
  }
  return RECONCILIATION_GROUPS.flatMap((group) =>
    (lists[group] ?? []).map((d) => {
      const statementFen = present(d.statementFen)
      const ledgerFen = present(d.ledgerFen)
      const differenceFen = statementFen !== null && ledgerFen !== null ? statementFen - ledgerFen : null
      return { group, orderNo: d.orderNo ?? '', statementFen, ledgerFen, differenceFen }
    }),
  )
}

/** Count and sums of each group (integer fen); a side that lacks the order adds nothing. */
export function reconciliationSummary(rows: readonly ReconciliationRow[]): GroupSummary[] {
  return RECONCILIATION_GROUPS.map((group) => {
    const mine = rows.filter((r) => r.group === group)
    return {
      group,
      count: mine.length,
      statementFen: mine.reduce((s, r) => s + (r.statementFen ?? 0), 0),
      ledgerFen: mine.reduce((s, r) => s + (r.ledgerFen ?? 0), 0),
    }
  })
}

/** A report is balanced when nothing but matched orders is in it. */
export function balanced(rows: readonly ReconciliationRow[]): boolean {
  return rows.every((r) => r.group === 'matched')
}

/** The calendar day (YYYY-MM-DD) in China, where both gateways cut their statements. */
export function gatewayDay(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** The rows as CSV (amounts in yuan) for a spreadsheet; a leading BOM so Excel reads the Chinese headings. */
export function reconciliationCsv(
  rows: readonly ReconciliationRow[],
  headings: readonly string[],
  groupLabel: (g: ReconciliationGroup) => string,
  yuan: (fen: number) => string,
): string {
  const lines = [headings.map(csvCell).join(',')]
  for (const r of rows) {
    const amount = (fen: number | null) => (fen === null ? '' : yuan(fen))
    lines.push([groupLabel(r.group), r.orderNo, amount(r.statementFen), amount(r.ledgerFen), amount(r.differenceFen)].map(csvCell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
