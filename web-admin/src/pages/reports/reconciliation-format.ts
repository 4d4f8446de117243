import type { ReconciliationView, OutletTakingsView } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

/** The takings columns in order: counts, then amounts (fen, printed as yuan) as their names end in Fen. */
export const TAKINGS_KEYS: readonly (keyof OutletTakingsView)[] = [
  'purchases',
  'purchaseFen',
  'corrections',
  'correctionFen',
  'refunds',
  'refundFen',
  'voids',
  'voidFen',
  'otherFen',
  'netCount',
  'netFen',
]

export function takingsCells(t: OutletTakingsView): string[] {
  return TAKINGS_KEYS.map((k) => (k.endsWith('Fen') ? formatFen(t[k]) : String(t[k])))
}

/** A table row: merchant, outlet (or the subtotal label), then the takings; subtotal rows are marked. */
export interface ReconciliationRow {
  merchant: string
  outlet: string
  subtotal: boolean
  takings: OutletTakingsView
}

/** Each merchant's outlets followed by the merchant's subtotal, in the server's order. */
export function reconciliationRows(report: Pick<ReconciliationView, 'lines' | 'merchants'>, subtotalLabel: string): ReconciliationRow[] {
  const rows: ReconciliationRow[] = []
  for (const m of report.merchants) {
    for (const l of report.lines.filter((x) => x.merchantId === m.merchantId)) {
      rows.push({ merchant: l.merchantName, outlet: l.outletName, subtotal: false, takings: l.takings })
    }
    rows.push({ merchant: m.merchantName, outlet: subtotalLabel, subtotal: true, takings: m.takings })
  }
  return rows
}
