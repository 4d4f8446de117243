import { describe, expect, it } from 'vitest'
import type { CashReportDay, RechargePromotionView } from '@/common/api/types'
import {
  cashTotals, emptyPromotionForm, operatorTagType, promotionRunning, promotionToForm, readPromotionForm, validPin,
  type PromotionForm,
} from '@/pages/recharge/status'

const good = (): PromotionForm => ({
  ...emptyPromotionForm(),
  name: ' 双十一充值送 ',
  days: ['2026-11-01', '2026-11-30'],
  minAmount: '100',
  maxAmount: '499.99',
  percent: '5',
  maxBonus: '20',
  channels: ['ONLINE', 'RECHARGE_POS'],
})

describe('the promotion form', () => {
  it('reads yuan as exact integer fen and keeps the channels in their own order', () => {
    const r = readPromotionForm(good())
    expect(r).toEqual({
      ok: true,
      body: {
        name: '双十一充值送', startsOn: '2026-11-01', endsOn: '2026-11-30', minAmountFen: 10000, maxAmountFen: 49999,
        percent: 5, fixedFen: undefined, maxBonusFen: 2000, channels: ['RECHARGE_POS', 'ONLINE'], enabled: true,
      },
    })
  })

  it('sends a fixed bonus instead of a percent, no cap and no upper tier when left empty', () => {
    const r = readPromotionForm({ ...good(), bonusKind: 'fixed', percent: '500', fixed: '0.29', maxAmount: ' ', maxBonus: '' })
    expect(r.ok && r.body).toMatchObject({ percent: undefined, fixedFen: 29, maxAmountFen: undefined, maxBonusFen: 0 })
  })

  it('takes a one-day promotion', () => {
    expect(readPromotionForm({ ...good(), days: ['2026-11-11', '2026-11-11'] }).ok).toBe(true)
  })

  it.each([
    ['the end before the start', { days: ['2026-11-30', '2026-11-01'] }, 'days', 'recharge.promo.endBeforeStart'],
    ['no dates', { days: null }, 'days', 'recharge.promo.daysRequired'],
    ['a blank name', { name: '   ' }, 'name', 'recharge.promo.nameRequired'],
    ['a percent of 0', { percent: '0' }, 'percent', 'recharge.promo.percentRange'],
    ['a percent of 101', { percent: '101' }, 'percent', 'recharge.promo.percentRange'],
    ['a fractional percent', { percent: '5.5' }, 'percent', 'recharge.promo.percentRange'],
    ['a negative percent', { percent: '-5' }, 'percent', 'recharge.promo.percentRange'],
    ['no percent', { percent: '' }, 'percent', 'recharge.promo.percentRange'],
    ['a maximum under the minimum', { maxAmount: '99.99' }, 'maxAmount', 'recharge.promo.maxBelowMin'],
    ['three decimals', { minAmount: '1.005' }, 'minAmount', 'yuan.decimals'],
    ['a minimum of nothing', { minAmount: '0' }, 'minAmount', 'yuan.zero'],
    ['letters for an amount', { minAmount: 'abc' }, 'minAmount', 'yuan.format'],
    ['a fixed bonus of nothing', { bonusKind: 'fixed', fixed: '0' }, 'fixed', 'yuan.zero'],
    ['a negative cap', { maxBonus: '-1' }, 'maxBonus', 'yuan.negative'],
    ['no channel', { channels: [] }, 'channels', 'recharge.promo.channelsRequired'],
  ] as const)('refuses %s', (_, change, field, key) => {
    const r = readPromotionForm({ ...good(), ...change } as PromotionForm)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.problems[field]).toBe(key)
  })

  it('shows a saved rule again as the yuan it was typed in', () => {
    const p: RechargePromotionView = {
      id: 3, name: '送', startsOn: '2026-11-01', endsOn: '2026-11-30', minAmountFen: 10000, maxAmountFen: undefined,
      fixedFen: 505, maxBonusFen: 0, channels: ['CASHIER'], enabled: false, createdAt: '', updatedAt: '',
    }
    const f = promotionToForm(p)
    expect(f).toMatchObject({ minAmount: '100.00', maxAmount: '', bonusKind: 'fixed', fixed: '5.05', percent: '', maxBonus: '', enabled: false })
    expect(readPromotionForm(f)).toMatchObject({ ok: true, body: { minAmountFen: 10000, fixedFen: 505, channels: ['CASHIER'], enabled: false } })
  })

  it('calls a rule running only when enabled and the day is within its dates', () => {
    const p = { enabled: true, startsOn: '2026-11-01', endsOn: '2026-11-30' }
    expect(promotionRunning(p, '2026-11-01')).toBe(true)
    expect(promotionRunning(p, '2026-11-30')).toBe(true)
    expect(promotionRunning(p, '2026-12-01')).toBe(false)
    expect(promotionRunning({ ...p, enabled: false }, '2026-11-15')).toBe(false)
  })
})

describe('cash report totals', () => {
  const day = (operatorId: number, over: Partial<CashReportDay>): CashReportDay => ({
    operatorId, operatorName: `op${operatorId}`, day: '2026-11-21', recharges: 0, rechargeFen: 0, reversals: 0, reversedFen: 0,
    refunds: 0, refundFen: 0, bonusFen: 0, netCashFen: 0, ...over,
  })

  it('sums every count and amount in fen, a cash-out reversal counting negative', () => {
    const t = cashTotals([
      day(1, { recharges: 3, rechargeFen: 30_001, reversals: 1, reversedFen: 10_000, bonusFen: 500, netCashFen: 20_001 }),
      day(2, { recharges: 1, rechargeFen: 99, reversals: 1, reversedFen: -2_000, refunds: 2, refundFen: 5_000, netCashFen: -2_901 }),
    ])
    expect(t).toEqual({
      recharges: 4, rechargeFen: 30_100, reversals: 2, reversedFen: 8_000, refunds: 2, refundFen: 5_000, bonusFen: 500, netCashFen: 17_100,
    })
  })

  it('is all zero for an empty day', () => {
    expect(Object.values(cashTotals([]))).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })
})

describe('operators and PINs', () => {
  it('marks a locked binding red and one with wrong PINs amber', () => {
    expect(operatorTagType({ locked: true, failedAttempts: 3 })).toBe('danger')
    expect(operatorTagType({ locked: false, failedAttempts: 1 })).toBe('warning')
    expect(operatorTagType({ locked: false, failedAttempts: 0 })).toBe('success')
  })

  it('takes six digits only', () => {
    expect(validPin('246810')).toBe(true)
    for (const bad of ['', '12345', '1234567', '12345a', ' 123456']) expect(validPin(bad)).toBe(false)
  })
})
