import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import RechargePage from '@/pages/recharge/index.vue'
import { useAuthStore } from '@/common/stores/auth'
import { answerOf, requestBrandPay } from '@/pages/recharge/jsBridge'
import { isWechatBrowser, modeFor, showsQr } from '@/pages/recharge/payMode'
import { keepOauth, returnedOauth, takeOauth } from '@/pages/recharge/wechatOauth'
import { jsonResponse, paymentOrder, problemResponse } from './helpers'
import { mountPage } from './mountPage'

const SETTLE = { timeout: 5_000, interval: 10 }
const PARAMS = '{"appId":"wx1","timeStamp":"1","nonceStr":"n","package":"prepay_id=wx9","signType":"RSA","paySign":"s"}'
const WECHAT_UA = 'Mozilla/5.0 (iPhone) AppleWebKit Mobile/15E148 MicroMessenger/8.0.50(0x18003237) NetType/WIFI'

describe('WeixinJSBridge', () => {
  afterEach(() => vi.useRealTimers())

  it('reads WeChat\'s answers: ok, cancel, anything else fails', () => {
    expect(answerOf('get_brand_wcpay_request:ok')).toBe('ok')
    expect(answerOf('get_brand_wcpay_request:cancel')).toBe('cancel')
    expect(answerOf('get_brand_wcpay_request:fail')).toBe('fail')
    expect(answerOf(undefined)).toBe('fail')
  })

  it('waits for WeixinJSBridgeReady when WeChat has not injected the bridge yet, then invokes it', async () => {
    type Invoke = (name: string, p: object, cb: (r: { err_msg?: string } | undefined) => void) => void
    const host: { WeixinJSBridge?: { invoke: Invoke } } = {}
    const events = new EventTarget()
    const invoke = vi.fn<Invoke>((_name, _p, cb) => cb({ err_msg: 'get_brand_wcpay_request:cancel' }))
    const answer = requestBrandPay(PARAMS, { host, events: events as unknown as Document })
    await flushPromises()
    expect(invoke).not.toHaveBeenCalled()
    host.WeixinJSBridge = { invoke }
    events.dispatchEvent(new Event('WeixinJSBridgeReady'))
    expect(await answer).toBe('cancel')
    expect(invoke).toHaveBeenCalledWith('getBrandWCPayRequest', JSON.parse(PARAMS), expect.any(Function))
  })

  it('fails when the bridge never comes, or the parameters do not read', async () => {
    vi.useFakeTimers()
    const answer = requestBrandPay(PARAMS, { host: {}, events: new EventTarget() as unknown as Document, readyWaitMs: 50 })
    await vi.advanceTimersByTimeAsync(50)
    expect(await answer).toBe('fail')
    expect(await requestBrandPay('not json', { host: {} })).toBe('fail')
  })
})

describe('in-WeChat pay choices', () => {
  it('pays WeChat Pay in place inside WeChat; Alipay there is a QR code', () => {
    expect(isWechatBrowser(WECHAT_UA)).toBe(true)
    expect(isWechatBrowser('Mozilla/5.0 (iPhone) Mobile Safari')).toBe(false)
    expect(modeFor('WECHAT', true, true)).toBe('JSAPI')
    expect(modeFor('ALIPAY', true, true)).toBe('QR')
    expect(modeFor('WECHAT', false, true)).toBe('QR')
    expect(modeFor('WECHAT', true, false)).toBe('H5')
    expect(showsQr('JSAPI')).toBe(false)
    expect(showsQr('QR')).toBe(true)
  })

  it('keeps the OAuth round trip for this tab and forgets it once read', () => {
    keepOauth({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
    expect(takeOauth()).toEqual({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
    expect(takeOauth()).toBeNull()
    expect(returnedOauth({ code: 'C', state: 'S1' })).toEqual({ code: 'C', state: 'S1' })
    expect(returnedOauth({ state: 'S1' })).toEqual({ code: null, state: 'S1' })
    expect(returnedOauth({ orderNo: 'P1' })).toBeNull()
  })
})

describe('recharge page inside WeChat', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    sessionStorage.clear()
    vi.unstubAllGlobals()
  })

  const jsapi = paymentOrder('CREATED', { mode: 'JSAPI', payUrl: PARAMS, amountFen: 500 })

  /** A fake server answering by address; every call is recorded. */
  function server(answers: Record<string, Response[]>) {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      const key = `${init?.method ?? 'GET'} ${url}`
      const queue = answers[key] ?? []
      const a = queue.length > 1 ? queue.shift() : queue[0]?.clone()
      if (!a) throw new Error('unexpected ' + key)
      return a
    })
    vi.stubGlobal('fetch', fetchMock)
    return fetchMock
  }
  const calls = (f: ReturnType<typeof server>) =>
    f.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${url}${init?.body ? ' ' + String(init.body) : ''}`)

  async function open(path: string, props: Record<string, unknown>) {
    const mounted = await mountPage(RechargePage, path, { intervalMs: 5, timeoutMs: 60_000, phone: true, wechat: true, ...props })
    useAuthStore().accessToken = 'a1'
    return mounted
  }

  it('without a known openid, leaves for WeChat\'s authorize page and keeps what was asked', async () => {
    const f = server({
      'GET /api/h5/wechat/binding': [jsonResponse(200, { bound: false })],
      'POST /api/h5/wechat/oauth/authorize': [jsonResponse(200, { authorizeUrl: 'https://open.example/auth', state: 'S1' })],
    })
    const navigate = vi.fn()
    const { wrapper } = await open('/recharge', { navigate })
    await wrapper.find('[data-test="amount"] input').setValue('5')
    await wrapper.find('[data-test="recharge-submit"]').trigger('click')
    await flushPromises()
    expect(navigate).toHaveBeenCalledWith('https://open.example/auth')
    expect(calls(f)[1]).toBe('POST /api/h5/wechat/oauth/authorize {"returnPath":"/h5/recharge"}')
    expect(JSON.parse(sessionStorage.getItem('onecard.h5.wechatOauth')!)).toEqual({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
  })

  it('back with the kept state: binds, opens a JSAPI order, pays through the bridge and waits for the server', async () => {
    keepOauth({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
    const f = server({
      'POST /api/h5/wechat/oauth/code': [jsonResponse(200, { bound: true })],
      'GET /api/h5/wechat/binding': [jsonResponse(200, { bound: true })],
      'POST /api/h5/payments/orders': [jsonResponse(201, jsapi)],
      'GET /api/h5/payments/orders/P1?sync=true': [jsonResponse(200, jsapi), jsonResponse(200, { ...jsapi, status: 'PAID' })],
      'GET /api/h5/me': [jsonResponse(200, { cashFen: 500 })],
    })
    const brandPay = vi.fn(async () => 'ok' as const)
    const { wrapper, router } = await open('/recharge?code=C1&state=S1', { brandPay })
    await vi.waitFor(() => expect(wrapper.find('[data-test="pay-state"]').text()).toBe('充值成功'), SETTLE)
    expect(calls(f)[0]).toBe('POST /api/h5/wechat/oauth/code {"code":"C1","state":"S1"}')
    expect(calls(f)).toContain('POST /api/h5/payments/orders {"channel":"WECHAT","amountFen":500,"mode":"JSAPI"}')
    expect(brandPay).toHaveBeenCalledWith(PARAMS)
    expect(router.currentRoute.value.query.code).toBeUndefined()
    expect(wrapper.find('[data-test="pay-qr"]').exists()).toBe(false)
  })

  it('a state this tab did not send is not handed to the server', async () => {
    keepOauth({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
    const f = server({})
    const { wrapper } = await open('/recharge?code=C1&state=EVIL', {})
    await vi.waitFor(() => expect(wrapper.find('[data-test="recharge-error"]').text()).toBe('微信未能确认您的身份，请点充值重试'), SETTLE)
    expect(f).not.toHaveBeenCalled()
  })

  it('a refused code shows the server\'s reason', async () => {
    keepOauth({ state: 'S1', channel: 'WECHAT', amountFen: 500 })
    server({ 'POST /api/h5/wechat/oauth/code': [problemResponse(422, 6032)] })
    const { wrapper } = await open('/recharge?code=C1&state=S1', {})
    await vi.waitFor(() => expect(wrapper.find('[data-test="recharge-error"]').text()).toContain('code'), SETTLE)
  })

  it.each([
    ['cancel', '已取消支付'],
    ['fail', '微信支付未能完成'],
  ] as const)('WeChat answering %s shows it and gives the order up, with nothing polled', async (answer, shown) => {
    const f = server({
      'GET /api/h5/wechat/binding': [jsonResponse(200, { bound: true })],
      'POST /api/h5/payments/orders': [jsonResponse(201, jsapi)],
      'POST /api/h5/payments/orders/P1/close': [jsonResponse(200, { ...jsapi, status: 'CLOSED' })],
    })
    const { wrapper } = await open('/recharge', { brandPay: async () => answer })
    await wrapper.find('[data-test="amount"] input').setValue('5')
    await wrapper.find('[data-test="recharge-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="pay-state"]').text()).toBe(shown), SETTLE)
    expect(calls(f)).toContain('POST /api/h5/payments/orders/P1/close')
    expect(calls(f).some((c) => c.includes('/orders/P1?sync'))).toBe(false)
    expect(wrapper.find('[data-test="again"]').exists()).toBe(true)
  })

  it('a cancel answered PAID by the server (WeChat took the money after all) shows the recharge done', async () => {
    server({
      'GET /api/h5/wechat/binding': [jsonResponse(200, { bound: true })],
      'POST /api/h5/payments/orders': [jsonResponse(201, jsapi)],
      'POST /api/h5/payments/orders/P1/close': [jsonResponse(200, { ...jsapi, status: 'PAID' })],
      'GET /api/h5/payments/orders/P1?sync=true': [jsonResponse(200, { ...jsapi, status: 'PAID' })],
      'GET /api/h5/me': [jsonResponse(200, { cashFen: 500 })],
    })
    const { wrapper } = await open('/recharge', { brandPay: async () => 'cancel' as const })
    await wrapper.find('[data-test="amount"] input').setValue('5')
    await wrapper.find('[data-test="recharge-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="pay-state"]').text()).toBe('充值成功'), SETTLE)
  })

  it('a cancel still shows cancelled when the server cannot be reached to close the order', async () => {
    server({
      'GET /api/h5/wechat/binding': [jsonResponse(200, { bound: true })],
      'POST /api/h5/payments/orders': [jsonResponse(201, jsapi)],
      'POST /api/h5/payments/orders/P1/close': [jsonResponse(502, { code: 6002, title: 'gateway' })],
    })
    const { wrapper } = await open('/recharge', { brandPay: async () => 'cancel' as const })
    await wrapper.find('[data-test="amount"] input').setValue('5')
    await wrapper.find('[data-test="recharge-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="pay-state"]').text()).toBe('已取消支付'), SETTLE)
  })
})
