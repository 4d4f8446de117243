import { describe, expect, it } from 'vitest'
import type { RechargeDayView } from '@/common/api/types'
import { channelCell, RECHARGE_CHANNELS, RECHARGE_COLUMNS, rechargeCells, REFUND_CHANNELS } from '@/pages/reports/recharge-format'

const day: RechargeDayView = {
  accountingDate: '2026-11-21',
  channels: [
    { channel: 'COUNTER_CASH', count: 2, amountFen: 3_500 },
    { channel: 'POS', count: 0, amountFen: 0 },
    { channel: 'CASHIER', count: 1, amountFen: -200 },
    { channel: 'WECHAT', count: 3, amountFen: 1_001 },
    { channel: 'ALIPAY', count: 0, amountFen: 0 },
    { channel: 'IMPORT', count: 0, amountFen: 0 },
  ],
  reversedCount: 1,
  reversedFen: 10_000,
  refunds: [
    { channel: 'COUNTER_CASH', count: 0, amountFen: 0 },
    { channel: 'CASHIER', count: 0, amountFen: 0 },
    { channel: 'WECHAT', count: 1, amountFen: 300 },
    { channel: 'ALIPAY', count: -1, amountFen: -50 },
  ],
  refundedFen: 250,
  netFen: -5_949,
  bonusFen: 0,
}

describe('daily recharge formatting', () => {
  it('shows count and yuan per channel, and nothing for a channel that took nothing', () => {
    expect(channelCell(day, 'COUNTER_CASH')).toBe('2 / 35.00')
    expect(channelCell(day, 'CASHIER')).toBe('1 / -2.00')
    expect(channelCell(day, 'POS')).toBe('')
    expect(channelCell({ ...day, channels: [] }, 'WECHAT')).toBe('')
  })

  it('lays a day out as channels in the server order, then reversals, refunds, net and bonus', () => {
    expect(RECHARGE_CHANNELS).toHaveLength(6)
    expect(rechargeCells(day)).toEqual(['2 / 35.00', '', '1 / -2.00', '3 / 10.01', '', '', '1 / 100.00',
      '', '', '1 / 3.00', '-1 / -0.50', '-59.49', '0.00'])
    expect(rechargeCells({ ...day, reversedCount: 0, reversedFen: 0 })[6]).toBe('')
    expect(RECHARGE_COLUMNS).toHaveLength(rechargeCells(day).length)
    expect(RECHARGE_COLUMNS.slice(7, 11)).toEqual(REFUND_CHANNELS.map((c) => `reports.refund.${c}`))
  })
})
