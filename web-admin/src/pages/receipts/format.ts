import { formatFen } from '@/common/utils/money'
import { formatDateTime } from '@/pages/ledger/components/format'
import type { Receipt } from '@/common/api/types'

export interface ReceiptField {
  /** i18n key of the label */
  label: string
  value: string
  testid: string
}

export interface ReceiptRow {
  code: string
  label: string
  amount: string
}

/** Amounts on paper: yuan with two decimals and the currency sign, "¥-12.00" for money going out. */
export function receiptAmount(fen: number): string {
  return `¥${formatFen(fen)}`
}

export function receiptRows(r: Pick<Receipt, 'lines'>): ReceiptRow[] {
  return r.lines.map((l) => ({ code: l.code, label: l.label, amount: receiptAmount(l.amountFen) }))
}

/** The header fields that the receipt has; absent ones (no card, no operator) are left out, not printed blank. */
export function receiptFields(r: Receipt, locale: string): ReceiptField[] {
  const fields: ReceiptField[] = [
    { label: 'receipts.receiptNo', value: r.receiptNo, testid: 'receipt-no' },
    { label: 'receipts.occurredAt', value: formatDateTime(r.occurredAt, locale), testid: 'receipt-time' },
    { label: 'receipts.accountingDate', value: r.accountingDate, testid: 'receipt-date' },
  ]
  const optional: [string, string | undefined, string][] = [
    ['receipts.person', r.personName, 'receipt-person'],
    ['receipts.employeeNo', r.employeeNo, 'receipt-employee-no'],
    ['receipts.cardNo', r.cardNo, 'receipt-card-no'],
    ['receipts.operator', r.operatorName, 'receipt-operator'],
  ]
  for (const [label, value, testid] of optional) if (value) fields.push({ label, value, testid })
  return fields
}

/** The balances after the operation, when the receipt carries them. */
export function receiptBalances(r: Receipt): ReceiptField[] {
  const out: ReceiptField[] = []
  if (r.cashBalanceFen !== undefined) out.push({ label: 'receipts.cashBalance', value: receiptAmount(r.cashBalanceFen), testid: 'receipt-cash' })
  if (r.subsidyBalanceFen !== undefined) {
    out.push({ label: 'receipts.subsidyBalance', value: receiptAmount(r.subsidyBalanceFen), testid: 'receipt-subsidy' })
  }
  return out
}
