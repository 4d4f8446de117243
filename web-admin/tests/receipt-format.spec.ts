import { describe, expect, it } from 'vitest'
import { receiptAmount, receiptBalances, receiptFields, receiptRows } from '@/pages/receipts/format'
import type { Receipt } from '@/common/api/types'

const receipt: Receipt = {
  receiptNo: 'R20261121000042',
  postingId: 42,
  title: '充值凭证',
  organisation: '示范大学',
  occurredAt: '2026-11-21T02:03:04Z',
  accountingDate: '2026-11-21',
  operatorName: '管理员',
  personName: '张三',
  employeeNo: 'E001',
  cardNo: '00000007',
  lines: [
    { code: 'RECHARGE', label: '充值', amountFen: 5000 },
    { code: 'REFUND', label: '退款', amountFen: -1205 },
  ],
  totalFen: 3795,
  cashBalanceFen: 8795,
  subsidyBalanceFen: 0,
}

describe('receipt formatting', () => {
  it('prints amounts as yuan with two decimals', () => {
    expect(receiptAmount(5)).toBe('¥0.05')
    expect(receiptAmount(-1205)).toBe('¥-12.05')
    expect(receiptAmount(100000)).toBe('¥1000.00')
  })

  it('keeps the lines in order with their codes', () => {
    expect(receiptRows(receipt)).toEqual([
      { code: 'RECHARGE', label: '充值', amount: '¥50.00' },
      { code: 'REFUND', label: '退款', amount: '¥-12.05' },
    ])
  })

  it('lists every header field the receipt has', () => {
    const fields = receiptFields(receipt, 'zh-CN')
    expect(fields.map((f) => f.testid)).toEqual([
      'receipt-no',
      'receipt-time',
      'receipt-date',
      'receipt-person',
      'receipt-employee-no',
      'receipt-card-no',
      'receipt-operator',
    ])
    expect(fields.find((f) => f.testid === 'receipt-time')?.value).toContain('2026')
  })

  it('leaves out what the receipt lacks instead of printing blanks', () => {
    const bare: Receipt = { ...receipt, operatorName: undefined, personName: undefined, employeeNo: undefined, cardNo: undefined }
    expect(receiptFields(bare, 'zh-CN').map((f) => f.testid)).toEqual(['receipt-no', 'receipt-time', 'receipt-date'])
    expect(receiptBalances({ ...receipt, cashBalanceFen: undefined, subsidyBalanceFen: undefined })).toEqual([])
  })

  it('shows both balances after, a zero balance too', () => {
    expect(receiptBalances(receipt).map((b) => [b.testid, b.value])).toEqual([
      ['receipt-cash', '¥87.95'],
      ['receipt-subsidy', '¥0.00'],
    ])
  })
})
