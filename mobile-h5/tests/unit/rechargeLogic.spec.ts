import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from '@/common/api/errors'
import type { PaymentOrderView } from '@/common/api/types'
import { MAX_FEN, parseYuan } from '@/pages/recharge/amount'
import { RechargeAttempt, newIdempotencyKey } from '@/pages/recharge/attempt'
import { limitHint } from '@/pages/recharge/limits'
import { outcomeOf, pollOrder } from '@/pages/recharge/poll'
import { isPhone, jumpMode, modeFor, redirects, returnedOrderNo } from '@/pages/recharge/payMode'
import { paymentOrder as order } from './helpers'

describe('parseYuan', () => {
  it.each([
    ['12.34', 1234],
    ['12.3', 1230],
    ['12', 1200],
    ['0.01', 1],
    [' 50 ', 5000],
    ['007.5', 750],
    ['21474836.47', MAX_FEN],
  ])('%j → %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen })
  })

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['12.345', 'precision'],
    ['0.001', 'precision'],
    ['12.', 'format'],
    ['.5', 'format'],
    ['-1', 'format'],
    ['+1', 'format'],
    ['1e3', 'format'],
    ['12,34', 'format'],
    ['１２', 'format'],
    ['abc', 'format'],
    ['0', 'positive'],
    ['0.00', 'positive'],
    ['21474836.48', 'tooLarge'],
    ['999999999', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
  ])('%j is refused as %s', (text, problem) => {
    expect(parseYuan(text)).toEqual({ ok: false, problem })
  })
})

describe('RechargeAttempt', () => {
  it('repeats the key for a retry of the same attempt and makes a new one otherwise', () => {
    let n = 0
    const attempt = new RechargeAttempt(() => `k${++n}`)
    expect(attempt.keyFor('WECHAT', 1234)).toBe('k1')
    expect(attempt.keyFor('WECHAT', 1234)).toBe('k1') // retry after a lost answer
    expect(attempt.keyFor('WECHAT', 1235)).toBe('k2') // another amount: another attempt
    expect(attempt.keyFor('ALIPAY', 1235)).toBe('k3') // another channel too
    attempt.finish() // the order was opened
    expect(attempt.keyFor('ALIPAY', 1235)).toBe('k4')
  })

  it('makes a new attempt when only the pay mode changes', () => {
    let n = 0
    const attempt = new RechargeAttempt(() => `k${++n}`)
    expect(attempt.keyFor('WECHAT', 100)).toBe('k1')
    expect(attempt.keyFor('WECHAT', 100, 'QR')).toBe('k1') // QR is the default
    expect(attempt.keyFor('WECHAT', 100, 'H5')).toBe('k2')
    expect(attempt.keyFor('WECHAT', 100, 'H5')).toBe('k2')
  })

  it('makes distinct random keys the server accepts', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey))
    expect(keys.size).toBe(50)
    for (const k of keys) expect(k).toMatch(/^h5-[0-9a-f]{32}$/)
  })
})

describe('limitHint', () => {
  const refusal = (code: number, detail?: string) =>
    new ApiError(422, { type: 'about:blank', title: 't', status: 422, code, detail })

  it('reads the limit the server names, in fen', () => {
    expect(limitHint(refusal(5014, 'At most 50000 fen per recharge'))).toEqual({ kind: 'single', maxFen: 50000 })
    expect(limitHint(refusal(5013, 'The balance may not exceed 100000 fen; it is 99000'))).toEqual({
      kind: 'balance',
      maxFen: 100000,
      roomFen: 1000,
    })
    expect(limitHint(refusal(3003, 'amountFen must be 1..2147483647'))).toEqual({ kind: 'min', minFen: 1 })
  })

  it('gives nothing for other errors or details that do not read', () => {
    expect(limitHint(refusal(5014))).toBeNull()
    expect(limitHint(refusal(5013, 'no numbers here'))).toBeNull()
    expect(limitHint(refusal(6002, 'At most 5 fen'))).toBeNull()
    expect(limitHint(new NetworkError(new Error('x')))).toBeNull()
    expect(limitHint(null)).toBeNull()
  })
})

describe('outcomeOf', () => {
  it('maps every order status', () => {
    expect(outcomeOf('CREATED')).toBe('waiting')
    expect(outcomeOf('PAID')).toBe('paid')
    expect(outcomeOf('REFUNDED')).toBe('paid')
    expect(outcomeOf('CLOSED')).toBe('closed')
  })
})

describe('pollOrder', () => {
  /** A fake clock: sleep advances it, so the bound is tested without waiting. */
  function clock() {
    let t = 0
    const slept: number[] = []
    return {
      now: () => t,
      sleep: async (ms: number) => {
        slept.push(ms)
        t += ms
      },
      slept,
    }
  }

  const answers = (...items: (PaymentOrderView | Error)[]) => {
    let i = 0
    return async () => {
      const item = items[Math.min(i++, items.length - 1)]
      if (item instanceof Error) throw item
      return item
    }
  }

  it('asks until the order is paid and reports every answer', async () => {
    const c = clock()
    const seen: string[] = []
    const end = await pollOrder(answers(order('CREATED'), order('CREATED'), order('PAID')), {
      intervalMs: 2000,
      timeoutMs: 60_000,
      ...c,
      onOrder: (o) => seen.push(o.status),
    })
    expect(end).toBe('paid')
    expect(seen).toEqual(['CREATED', 'CREATED', 'PAID'])
    expect(c.slept).toEqual([2000, 2000])
  })

  it('ends at once with closed', async () => {
    const c = clock()
    expect(await pollOrder(answers(order('CLOSED')), { intervalMs: 2000, timeoutMs: 60_000, ...c })).toBe('closed')
    expect(c.slept).toEqual([])
  })

  it('keeps asking through failed requests and reports them', async () => {
    const c = clock()
    const errors: unknown[] = []
    const end = await pollOrder(answers(new NetworkError(new Error('offline')), order('CREATED'), order('PAID')), {
      intervalMs: 1000,
      timeoutMs: 60_000,
      ...c,
      onError: (e) => errors.push(e),
    })
    expect(end).toBe('paid')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(NetworkError)
  })

  it('stops at the bound with timeout, never asking after it', async () => {
    const c = clock()
    let asked = 0
    const end = await pollOrder(
      async () => {
        asked++
        return order('CREATED')
      },
      { intervalMs: 2000, timeoutMs: 10_000, ...c },
    )
    expect(end).toBe('timeout')
    expect(asked).toBe(6) // at 0, 2, 4, 6, 8 and 10 s
    expect(c.now()).toBe(10_000)
  })

  it('a request that always fails also ends with timeout', async () => {
    const c = clock()
    const end = await pollOrder(answers(new Error('boom')), { intervalMs: 5000, timeoutMs: 9000, ...c })
    expect(end).toBe('timeout')
    expect(c.slept).toEqual([5000])
  })

  it('stops without reporting once cancelled (the page was left)', async () => {
    const c = clock()
    let left = false
    const seen: string[] = []
    const end = await pollOrder(
      async () => {
        left = true // the cardholder leaves while the request is under way
        return order('PAID')
      },
      { intervalMs: 1000, timeoutMs: 10_000, ...c, cancelled: () => left, onOrder: (o) => seen.push(o.status) },
    )
    expect(end).toBe('cancelled')
    expect(seen).toEqual([])
  })
})

describe('pay mode', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', true],
    ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36', true],
    ['Mozilla/5.0 (Linux; Android 13) AlipayClient/10.5.36', true],
    ['Mozilla/5.0 (Linux; Android 13; Mobile) MicroMessenger/8.0.44', false], // WeChat's browser: QR code
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36', false],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15', false],
    ['', false],
  ])('%j is a phone: %s', (ua, phone) => {
    expect(isPhone(ua)).toBe(phone)
  })

  it('jumps to the channel\'s own pay page on a phone, shows a QR code otherwise', () => {
    expect(jumpMode('WECHAT')).toBe('H5')
    expect(jumpMode('ALIPAY')).toBe('WAP')
    expect(modeFor('WECHAT', true)).toBe('H5')
    expect(modeFor('ALIPAY', true)).toBe('WAP')
    expect(modeFor('WECHAT', false)).toBe('QR')
    expect(modeFor('ALIPAY', false)).toBe('QR')
    expect([redirects('H5'), redirects('WAP'), redirects('QR'), redirects(undefined)]).toEqual([true, true, false, false])
  })

  it('reads the order the gateway sent the cardholder back with, and nothing else', () => {
    expect(returnedOrderNo({ orderNo: 'OC26112205033498338780' })).toBe('OC26112205033498338780')
    expect(returnedOrderNo({ orderNo: ['P1', 'P2'] })).toBe('P1')
    expect(returnedOrderNo({})).toBeNull()
    expect(returnedOrderNo({ orderNo: '' })).toBeNull()
    expect(returnedOrderNo({ orderNo: null })).toBeNull()
    expect(returnedOrderNo({ orderNo: '../me' })).toBeNull()
    expect(returnedOrderNo({ orderNo: 'x'.repeat(33) })).toBeNull()
  })
})
