import { describe, expect, it } from 'vitest'
import type { CardTypeView, SystemParameters } from '@/common/api/types'
import { fenToYuanTexts, readYuanTexts } from '@/common/utils/yuan-form'
import { emptyForm, toForm as cardTypeForm, toRequest as cardTypeRequest } from '@/pages/card-types/form'
import { formatTerminals, parseTerminals } from '@/pages/card-types/terminals'
import { lockedChanges, toForm as parametersForm, toRequest as parametersRequest } from '@/pages/settings/form'

const params: SystemParameters = {
  maxCardBalanceFen: 999900,
  singleRechargeLimitFen: 0,
  rechargeAtIssueAllowed: true,
  negativeRechargeAllowed: false,
  depositFen: 2000,
  cardCostFen: 5,
  cardValidityYears: 10,
  greyWaitingDays: 0,
  correctionWindowHours: 24,
  subsidyValidityDays: 0,
  subsidyMonthOnly: false,
  walletMode: 'DUAL',
  defaultDeductionOrder: 'SUBSIDY_THEN_CASH',
  autoCardNo: true,
  cardNoLength: 10,
}

const cardType: CardTypeView = {
  id: 7,
  name: '教职工',
  discountPercent: 90,
  perTransactionMaxFen: 5000,
  validDays: 0,
  minBalanceFen: 0,
  maxBalanceFen: 100000,
  deductionOrder: 'CASH_THEN_SUBSIDY',
  perMealCountLimit: 2,
  perMealAmountLimitFen: 0,
  perDayCountLimit: 0,
  perDayAmountLimitFen: 2999,
  allowedMealPeriods: [1, 3],
  allTerminals: false,
  allowedTerminals: [1, 2, 3, 7],
  pinRequired: false,
}

describe('yuan texts in forms', () => {
  it('shows fen as yuan and reads them back exactly, without floating point', () => {
    const texts = fenToYuanTexts({ a: 29, b: 115, c: 0 }, ['a', 'b', 'c'])
    expect(texts).toEqual({ a: '0.29', b: '1.15', c: '0.00' })
    expect(readYuanTexts(texts, ['a', 'b', 'c'])).toEqual({ ok: true, fen: { a: 29, b: 115, c: 0 } })
    expect(readYuanTexts({ a: '0.07', b: '19.99' }, ['a', 'b'])).toEqual({ ok: true, fen: { a: 7, b: 1999 } })
  })

  it('names every bad field, and refuses zero only where it must be positive', () => {
    expect(readYuanTexts({ a: '1.234', b: '-1', c: '0' }, ['a', 'b', 'c'], ['c'])).toEqual({
      ok: false,
      problems: { a: 'decimals', b: 'negative', c: 'zero' },
    })
    expect(readYuanTexts({ a: '' }, ['a'])).toEqual({ ok: false, problems: { a: 'empty' } })
  })
})

describe('system parameters form', () => {
  it('round-trips the parameters through the yuan form', () => {
    const form = parametersForm(params)
    expect(form.amounts).toEqual({ maxCardBalanceFen: '9999.00', singleRechargeLimitFen: '0.00', depositFen: '20.00', cardCostFen: '0.05' })
    expect(form.values).not.toHaveProperty('depositFen')
    expect(parametersRequest(form)).toEqual({ ok: true, body: params })
  })

  it('reads a new maximum balance typed in yuan as integer fen', () => {
    const form = parametersForm(params)
    form.amounts.maxCardBalanceFen = '1234.56'
    const read = parametersRequest(form)
    expect(read.ok && read.body.maxCardBalanceFen).toBe(123456)
  })

  it('refuses a zero maximum, bad amounts and a single-recharge limit above the maximum', () => {
    const form = parametersForm(params)
    form.amounts.maxCardBalanceFen = '0'
    form.amounts.depositFen = '1.001'
    expect(parametersRequest(form)).toEqual({ ok: false, problems: { maxCardBalanceFen: 'zero', depositFen: 'decimals' } })
    const high = parametersForm(params)
    high.amounts.singleRechargeLimitFen = '10000.00'
    expect(parametersRequest(high)).toEqual({ ok: false, problems: { singleRechargeLimitFen: 'aboveMaximum' } })
  })

  it('names the locked parameters a change touches', () => {
    expect(lockedChanges(params, { ...params, depositFen: 1 })).toEqual([])
    expect(lockedChanges(params, { ...params, walletMode: 'SINGLE', cardNoLength: 8 })).toEqual(['walletMode', 'cardNoLength'])
  })
})

describe('card type form', () => {
  it('round-trips a card type, limits in yuan and terminals as ranges', () => {
    const form = cardTypeForm(cardType)
    expect(form.amounts.perDayAmountLimitFen).toBe('29.99')
    expect(form.terminals).toBe('1-3, 7')
    const { id: _id, ...request } = cardType
    expect(cardTypeRequest(form)).toEqual({ ok: true, body: request })
  })

  it('starts a new type with no limits and every terminal', () => {
    const form = emptyForm()
    form.name = ' 学生 '
    form.amounts.perDayAmountLimitFen = '30'
    const read = cardTypeRequest(form)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.body.name).toBe('学生')
    expect(read.body.perDayAmountLimitFen).toBe(3000)
    expect(read.body.perTransactionMaxFen).toBe(0)
    expect(read.body).toMatchObject({ allTerminals: true, allowedTerminals: [], discountPercent: 100 })
  })

  it('reports a missing name, bad amounts, min above max and bad terminals together', () => {
    const form = cardTypeForm(cardType)
    form.name = '  '
    form.amounts.perMealAmountLimitFen = 'abc'
    form.terminals = '5, 1000'
    expect(cardTypeRequest(form)).toEqual({
      ok: false,
      problems: { name: 'required', perMealAmountLimitFen: 'format', allowedTerminals: 'terminals' },
      bad: '1000',
    })
    const minMax = cardTypeForm(cardType)
    minMax.amounts.minBalanceFen = '1000.01'
    expect(cardTypeRequest(minMax)).toMatchObject({ ok: false, problems: { minBalanceFen: 'minAboveMax' } })
    const none = cardTypeForm(cardType)
    none.terminals = ''
    expect(cardTypeRequest(none)).toMatchObject({ ok: false, problems: { allowedTerminals: 'terminals' } })
  })
})

describe('terminal lists', () => {
  it('reads ranges and single numbers in any separator', () => {
    expect(parseTerminals('8, 1-3，5、3 2')).toEqual({ ok: true, terminals: [1, 2, 3, 5, 8] })
    expect(parseTerminals('')).toEqual({ ok: true, terminals: [] })
  })

  it('refuses numbers outside 1..999 and backwards ranges', () => {
    expect(parseTerminals('0')).toEqual({ ok: false, bad: '0' })
    expect(parseTerminals('1, 998-1000')).toEqual({ ok: false, bad: '998-1000' })
    expect(parseTerminals('5-2')).toEqual({ ok: false, bad: '5-2' })
    expect(parseTerminals('a1')).toEqual({ ok: false, bad: 'a1' })
  })

  it('writes numbers back as short ranges', () => {
    expect(formatTerminals([7, 1, 2, 3, 9, 10])).toBe('1-3, 7, 9-10')
    expect(formatTerminals([])).toBe('')
  })
})
