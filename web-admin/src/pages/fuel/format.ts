import type { FuelSalesSummaryView, ReportHeading } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'
import type { PrintSheet } from '@/pages/reports/sheet'

type T = (key: string, named?: Record<string, unknown>) => string

/** A volume of hundredths of the unit (0.01 m³ / 0.01 L) as the operator reads it: 1234 → "12.34". */
export function formatVolume(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : ''
  const abs = Math.abs(hundredths)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** "12.34" (or "12.3", "12") → 1234 hundredths; null for anything else. */
export function parseVolume(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  const value = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return value > 0 ? value : null
}

/** A fresh idempotency key for one counter act; a retry of the same act reuses it. */
export function newKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/** The fuel sales summary as the print view lays it out. */
export function fuelSalesSheet(r: FuelSalesSummaryView, heading: ReportHeading, t: T): PrintSheet {
  const label = (key: string | undefined, text: string | undefined) =>
    r.groupBy === 'CARD_MODE' && key ? t(`fuel.modes.${key}`) : text ?? t('fuel.none')
  return {
    title: t('fuel.sales.titleBy', { by: t(`fuel.groups.${r.groupBy}`) }),
    heading,
    from: r.from,
    to: r.to,
    columns: [
      { key: 'group', label: t(`fuel.groups.${r.groupBy}`), numeric: false },
      { key: 'sales', label: t('fuel.sales.count'), numeric: true },
      { key: 'volume', label: t('fuel.volume'), numeric: true },
      { key: 'amountFen', label: t('fuel.amount'), numeric: true },
    ],
    rows: r.lines.map((l) => [label(l.key, l.label), String(l.sales), formatVolume(l.volume), formatFen(l.amountFen)]),
    totals: [t('reports.total'), String(r.sales), formatVolume(r.volume), formatFen(r.amountFen)],
  }
}
