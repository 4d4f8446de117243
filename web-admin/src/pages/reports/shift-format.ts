import type { ShiftReport, ShiftReportLine } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

type T = (key: string, named?: Record<string, unknown>) => string

/** The shift report's columns, in the order of the table, the print view and the workbook. */
export const SHIFT_COLUMNS = [
  { key: 'machineNo', numeric: false },
  { key: 'nozzleNo', numeric: false },
  { key: 'product', numeric: false },
  { key: 'team', numeric: false },
  { key: 'card', numeric: false },
  { key: 'startedAt', numeric: false },
  { key: 'endedAt', numeric: false },
  { key: 'startVolume', numeric: true },
  { key: 'endVolume', numeric: true },
  { key: 'dispensedVolume', numeric: true },
  { key: 'startAmount', numeric: true },
  { key: 'endAmount', numeric: true },
  { key: 'dispensedAmount', numeric: true },
  { key: 'cardSales', numeric: true },
  { key: 'difference', numeric: true },
  { key: 'check', numeric: false },
] as const

/** Volumes are hundredths of a unit as amounts are of a yuan: both print with two decimals. */
const two = (v: number | null | undefined): string => (v == null ? '' : formatFen(v))
const time = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '')

export function shiftCells(l: ShiftReportLine, t: T): string[] {
  const s = l.shift
  return [
    String(s.machineNo), String(s.nozzleNo), s.productName, s.teamName, s.holderName ? `${s.cardSerial} ${s.holderName}` : s.cardSerial,
    time(s.startedAt), s.endedAt ? time(s.endedAt) : t('shifts.onShift'),
    two(s.startVolume), two(s.endVolume), two(s.dispensedVolume), two(s.startAmountFen), two(s.endAmountFen), two(s.dispensedAmountFen),
    two(l.cardSalesFen), two(l.differenceFen), s.startMismatch ? t('shifts.mismatch') : '',
  ]
}

export function shiftTotals(r: ShiftReport, label: string): string[] {
  return [label, '', '', '', '', '', '', '', '', two(r.dispensedVolume), '', '', two(r.dispensedAmountFen), two(r.cardSalesFen), two(r.differenceFen), '']
}
