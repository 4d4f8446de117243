import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import RechargePage from '@/pages/recharge/index.vue'
import { setLocale } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import { demoView, header, jsonResponse, paymentOrder, problemResponse } from './helpers'
import { mountPage } from './mountPage'

type Answer = Response | Error
const again = (a: Answer | undefined) => (a instanceof Response ? a.clone() : a)
/** Generous: the machine running the tests may be busy. */
const SETTLE = { timeout: 5_000, interval: 10 }
const FAST = { intervalMs: 5, timeoutMs: 60_000 }

/** A fake server: POST answers in turn, GET order answers in turn (the last one repeats), GET /me the view. */
function server(posts: Answer[], gets: Answer[] = [jsonResponse(200, paymentOrder('CREATED'))], cashFen = 11234) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    let a: Answer
    if (url === '/api/h5/me') a = jsonResponse(200, { ...demoView, cashFen })
    else if (init?.method === 'POST') a = posts.shift() ?? new Error('unexpected POST')
    else a = (gets.length > 1 ? gets.shift() : again(gets[0])) ?? new Error('unexpected GET')
    if (a instanceof Error) throw a
    return a
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function open(props = FAST) {
  const mounted = await mountPage(RechargePage, '/recharge', props)
  useAuthStore().accessToken = 'a1'
  return mounted
}

async function submit(wrapper: VueWrapper, amount: string, channel: 'WECHAT' | 'ALIPAY' = 'WECHAT') {
  await wrapper.find('[data-test="amount"] input').setValue(amount)
  await wrapper.find(`[data-test="channel-${channel}"]`).trigger('click')
  await wrapper.find('[data-test="recharge-submit"]').trigger('click')
  await flushPromises()
}

const posts = (fetchMock: ReturnType<typeof server>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([url, init]) => ({
    url,
    key: header(init, 'Idempotency-Key'),
    body: JSON.parse(String(init?.body)),
  }))

const text = (w: VueWrapper, id: string) => w.find(`[data-test="${id}"]`).text()

describe('recharge page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
    sessionStorage.clear()
    vi.unstubAllGlobals()
  })

  it('refuses an amount that is not whole fen without sending anything', async () => {
    const fetchMock = server([])
    const { wrapper } = await open()
    await submit(wrapper, '12.345')
    expect(wrapper.find('.van-field__error-message').text()).toBe('金额最多精确到分（两位小数）')
    await submit(wrapper, '0')
    expect(wrapper.find('.van-field__error-message').text()).toBe('充值金额必须大于 0')
    await submit(wrapper, '')
    expect(wrapper.find('.van-field__error-message').text()).toBe('请输入充值金额')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('opens the order, shows the pay link, polls until paid and shows the new balance', async () => {
    const fetchMock = server(
      [jsonResponse(201, paymentOrder('CREATED', { channel: 'ALIPAY', payUrl: 'http://x/sim/pay/ALIPAY/P1' }))],
      [jsonResponse(200, paymentOrder('CREATED')), jsonResponse(200, paymentOrder('PAID'))],
    )
    const { wrapper } = await open()
    await wrapper.find('[data-test="preset-50"]').trigger('click')
    expect((wrapper.find('[data-test="amount"] input').element as HTMLInputElement).value).toBe('50')
    await submit(wrapper, '12.34', 'ALIPAY')

    const [sent] = posts(fetchMock)
    expect(sent.url).toBe('/api/h5/payments/orders')
    expect(sent.body).toEqual({ channel: 'ALIPAY', amountFen: 1234 })
    expect(sent.key).toMatch(/^h5-[0-9a-f]{32}$/)
    expect(text(wrapper, 'order-amount')).toBe('¥12.34')

    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('充值成功'), SETTLE)
    await flushPromises()
    expect(text(wrapper, 'new-balance')).toBe('现金钱包余额 ¥112.34')
    const gets = fetchMock.mock.calls.map(([url]) => url).filter((u) => u.startsWith('/api/h5/payments/orders/'))
    expect(gets).toEqual(['/api/h5/payments/orders/P1?sync=true', '/api/h5/payments/orders/P1?sync=true'])
    expect(posts(fetchMock)).toHaveLength(1)
  })

  it('shows the link while waiting', async () => {
    server([jsonResponse(201, paymentOrder('CREATED'))])
    const { wrapper } = await open()
    await submit(wrapper, '1')
    expect(text(wrapper, 'pay-state')).toContain('等待支付')
    expect(wrapper.find('[data-test="pay-link"]').attributes('href')).toBe('http://127.0.0.1/sim/pay/WECHAT/P1')
    expect(text(wrapper, 'pay-link')).toBe('去支付')
    setLocale('en-US')
    await flushPromises()
    expect(text(wrapper, 'pay-link')).toBe('Pay')
    wrapper.unmount() // leaving the page stops the polling
  })

  it('draws the pay URL as a QR image, and links only to an http(s) pay page, in the same window', async () => {
    const native = paymentOrder('CREATED', { payUrl: 'weixin://wxpay/bizpayurl?pr=abc' })
    server([jsonResponse(201, native)], [jsonResponse(200, native)])
    const { wrapper } = await open()
    await submit(wrapper, '1')
    await vi.waitFor(() => expect(wrapper.find('[data-test="pay-qr"]').exists()).toBe(true), SETTLE)
    expect(wrapper.find('[data-test="pay-qr"]').attributes('src')).toMatch(/^data:image\/png;base64,/)
    expect(wrapper.find('[data-test="pay-link"]').exists()).toBe(false) // weixin:// cannot be followed in a page
    expect(wrapper.find('a[target]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('follows the open order again after a trip to the pay page, and forgets it once paid', async () => {
    server([jsonResponse(201, paymentOrder('CREATED'))])
    const first = await open()
    await submit(first.wrapper, '12.34')
    first.wrapper.unmount() // the pay link was followed in the same window
    expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBe('P1')

    const fetchMock = server([], [jsonResponse(200, paymentOrder('CREATED')), jsonResponse(200, paymentOrder('PAID'))])
    const { wrapper } = await open()
    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('充值成功'), SETTLE)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/h5/payments/orders/P1?sync=true')
    expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBeNull()
    expect(posts(fetchMock)).toHaveLength(0)
  })

  it('sends the same key again on a retry after a lost answer, a new one for another amount', async () => {
    const fetchMock = server([
      new TypeError('offline'),
      problemResponse(502, 6002),
      problemResponse(422, 5014, { detail: 'At most 50000 fen per recharge' }),
    ])
    const { wrapper } = await open()
    await submit(wrapper, '12.34')
    expect(text(wrapper, 'recharge-error')).toBe('网络连接失败，请稍后重试')
    await submit(wrapper, '12.34')
    expect(text(wrapper, 'recharge-error')).toBe('支付网关暂时无法处理，请稍后再试')
    await submit(wrapper, '600')
    expect(text(wrapper, 'recharge-error')).toBe('超过单笔充值限额')
    expect(text(wrapper, 'recharge-limit')).toBe('单笔最多充值 ¥500.00')
    setLocale('en-US')
    await flushPromises()
    expect(text(wrapper, 'recharge-error')).toBe('Above the single-recharge limit')
    expect(text(wrapper, 'recharge-limit')).toBe('At most ¥500.00 per recharge')

    const [first, retry, other] = posts(fetchMock)
    expect(retry.key).toBe(first.key)
    expect(other.key).not.toBe(first.key)
    expect(other.body).toEqual({ channel: 'WECHAT', amountFen: 60000 })
    expect(wrapper.find('[data-test="pay-link"]').exists()).toBe(false)
  })

  it('shows a closed order as not paid and starts a new attempt with a new key', async () => {
    const fetchMock = server(
      [jsonResponse(201, paymentOrder('CREATED')), jsonResponse(201, paymentOrder('CREATED', { orderNo: 'P2' }))],
      [jsonResponse(200, paymentOrder('CLOSED'))],
    )
    const { wrapper } = await open()
    await submit(wrapper, '12.34')
    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('订单已关闭，未支付'), SETTLE)
    expect(wrapper.find('[data-test="new-balance"]').exists()).toBe(false)
    await wrapper.find('[data-test="again"]').trigger('click')
    await flushPromises()
    await submit(wrapper, '12.34')
    const [first, second] = posts(fetchMock)
    expect(second.key).not.toBe(first.key)
    wrapper.unmount()
  })

  it('stops polling at the bound, then "check again" polls anew and finds the payment', async () => {
    const fetchMock = server([jsonResponse(201, paymentOrder('CREATED'))])
    const { wrapper } = await open({ intervalMs: 5, timeoutMs: 100 })
    await submit(wrapper, '12.34')
    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('暂未查到支付结果'), SETTLE)
    const polled = fetchMock.mock.calls.length
    await new Promise((r) => setTimeout(r, 30))
    expect(fetchMock.mock.calls.length).toBe(polled) // no request after the bound

    vi.stubGlobal('fetch', server([], [jsonResponse(200, paymentOrder('PAID'))], 20000))
    await wrapper.find('[data-test="check-again"]').trigger('click')
    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('充值成功'), SETTLE)
    await flushPromises()
    expect(text(wrapper, 'new-balance')).toBe('现金钱包余额 ¥200.00')
  })

  it('starting again after the bound gives the unanswered order up', async () => {
    const fetchMock = server([jsonResponse(201, paymentOrder('CREATED')), jsonResponse(200, paymentOrder('CLOSED'))])
    const { wrapper } = await open({ intervalMs: 5, timeoutMs: 50 })
    await submit(wrapper, '12.34')
    await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('暂未查到支付结果'), SETTLE)

    await wrapper.find('[data-test="again"]').trigger('click')
    await flushPromises()

    const closes = fetchMock.mock.calls.filter(([url, init]) => init?.method === 'POST' && String(url).endsWith('/close'))
    expect(closes.map(([url]) => url)).toEqual(['/api/h5/payments/orders/P1/close'])
    expect(wrapper.find('[data-test="amount"]').exists()).toBe(true)
  })

  describe('on a phone', () => {
    const h5Url = 'http://127.0.0.1/sim/pay/WECHAT/P1?prepay_id=wx1&package=1&redirect_url=x'

    it('opens the order in WeChat H5 pay and goes to its address instead of drawing a QR code', async () => {
      const h5 = paymentOrder('CREATED', { mode: 'H5', payUrl: h5Url })
      const fetchMock = server([jsonResponse(201, h5)], [jsonResponse(200, h5)])
      const navigate = vi.fn()
      const { wrapper } = await open({ ...FAST, phone: true, navigate } as typeof FAST)
      expect(text(wrapper, 'recharge-submit')).toBe('前往微信支付支付')
      await submit(wrapper, '12.34')
      expect(posts(fetchMock)[0]?.body).toEqual({ channel: 'WECHAT', amountFen: 1234, mode: 'H5' })
      expect(navigate).toHaveBeenCalledWith(h5Url)
      expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBe('P1')
      expect(wrapper.find('[data-test="pay-qr"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="pay-link"]').attributes('href')).toBe(h5Url) // if the jump was blocked
      wrapper.unmount()
    })

    it('uses Alipay WAP for Alipay (here refused), and a QR code when switched off, with a new key', async () => {
      const fetchMock = server([problemResponse(502, 6002), jsonResponse(201, paymentOrder('CREATED'))])
      const navigate = vi.fn()
      const { wrapper } = await open({ ...FAST, phone: true, navigate } as typeof FAST)
      await submit(wrapper, '12.34', 'ALIPAY')
      await wrapper.find('[data-test="on-this-phone"]').trigger('click')
      expect(text(wrapper, 'recharge-submit')).toBe('确认充值')
      await submit(wrapper, '12.34', 'ALIPAY')
      const sent = posts(fetchMock)
      expect(sent.map((p) => p.body)).toEqual([
        { channel: 'ALIPAY', amountFen: 1234, mode: 'WAP' },
        { channel: 'ALIPAY', amountFen: 1234 },
      ])
      expect(sent[0]?.key).not.toBe(sent[1]?.key) // the server would refuse one key for two modes
      expect(navigate).not.toHaveBeenCalled() // the QR order's answer is drawn, not followed
      wrapper.unmount()
    })

    it('back from the gateway with ?orderNo=, follows that order to its end with the same states', async () => {
      const back = paymentOrder('CREATED', { orderNo: 'P7', mode: 'WAP', channel: 'ALIPAY' })
      const fetchMock = server([], [jsonResponse(200, back), jsonResponse(200, { ...back, status: 'PAID' })])
      const { wrapper, router } = await mountPage(RechargePage, '/recharge?orderNo=P7', FAST)
      useAuthStore().accessToken = 'a1'
      await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('充值成功'), SETTLE)
      expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/h5/payments/orders/P7?sync=true')
      expect(router.currentRoute.value.query.orderNo).toBeUndefined()
      expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBeNull()
      expect(posts(fetchMock)).toHaveLength(0)
    })

    it('back with an order that stays unpaid, times out and offers to check again', async () => {
      const back = paymentOrder('CREATED', { orderNo: 'P8', mode: 'H5' })
      server([], [jsonResponse(200, back)])
      const { wrapper } = await mountPage(RechargePage, '/recharge?orderNo=P8', { intervalMs: 5, timeoutMs: 20 })
      await vi.waitFor(() => expect(text(wrapper, 'pay-state')).toBe('暂未查到支付结果'), SETTLE)
      expect(wrapper.find('[data-test="check-again"]').exists()).toBe(true)
      expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBe('P8')
    })

    it('back with an order that is not mine (or malformed) starts afresh', async () => {
      server([], [problemResponse(404, 1002)])
      const { wrapper } = await mountPage(RechargePage, '/recharge?orderNo=P9', FAST)
      await flushPromises()
      expect(wrapper.find('[data-test="recharge-submit"]').exists()).toBe(true)
      expect(sessionStorage.getItem('onecard.h5.pendingOrder')).toBeNull()
      const fetchMock = server([])
      const odd = await mountPage(RechargePage, '/recharge?orderNo=%3Cscript%3E', FAST)
      expect(odd.wrapper.find('[data-test="recharge-submit"]').exists()).toBe(true)
      expect(fetchMock).not.toHaveBeenCalled()
    })
  })
})
