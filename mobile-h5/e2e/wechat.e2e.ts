// Recharge inside WeChat: the browser plays WeChat's app with a MicroMessenger user agent and a small
// WeixinJSBridge that hands getBrandWCPayRequest to the simulator (which checks paySign as WeChat
// does, pays and notifies the server) and calls back with its answer, or cancels like a payer would.
import { beforeAll, describe, expect } from 'vitest'
import type { Page } from 'playwright-core'
import { BASE_URL, H5_URL, requireServedPage } from './browser'
import { LOGIN_URL, browserTest, byTest, eventually, expectSignedIn, fenOf, formatFen, signIn } from './steps'

const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ' +
  'MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN'
/** Set in localStorage, the "payer" cancels in WeChat's pay sheet. */
const CANCEL = 'e2e.wechat.cancel'

/** WeChat's bridge, injected a moment after each page starts and announced by WeixinJSBridgeReady. */
async function playWechat(page: Page): Promise<void> {
  await page.addInitScript((cancelKey: string) => {
    const w = window as unknown as { WeixinJSBridge?: unknown; bridgeCalls?: number }
    const bridge = {
      invoke(name: string, params: object, callback: (res: { err_msg: string }) => void) {
        w.bridgeCalls = (w.bridgeCalls ?? 0) + 1
        if (name !== 'getBrandWCPayRequest') return callback({ err_msg: `${name}:fail` })
        if (localStorage.getItem(cancelKey) === 'yes') return callback({ err_msg: 'get_brand_wcpay_request:cancel' })
        fetch('/sim/wechat-client/get-brand-wcpay-request', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(params),
        })
          .then((r) => r.json())
          .then(callback, () => callback({ err_msg: 'get_brand_wcpay_request:fail' }))
      },
    }
    setTimeout(() => {
      w.WeixinJSBridge = bridge
      document.dispatchEvent(new Event('WeixinJSBridgeReady'))
    }, 300)
  }, CANCEL)
}

/** Whether the server knows 1003's openid already: only when this suite ran before against the same database. */
async function boundBefore(page: Page): Promise<boolean> {
  const login = await page.request.post(`${BASE_URL}/api/h5/auth/login`, { data: { employeeNo: '1003', password: '123456' } })
  const { accessToken } = (await login.json()) as { accessToken: string }
  const binding = await page.request.get(`${BASE_URL}/api/h5/wechat/binding`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  })
  return ((await binding.json()) as { bound: boolean }).bound
}

async function recharge(page: Page, yuan: string): Promise<void> {
  await byTest(page, 'amount').locator('input').fill(yuan)
  await byTest(page, 'channel-WECHAT').click()
  await byTest(page, 'recharge-submit').click()
}

describe(`recharge inside WeChat against ${BASE_URL}`, () => {
  beforeAll(requireServedPage)

  browserTest(
    'learns the openid once through WeChat OAuth, pays in place twice, and a cancel credits nothing',
    async (page) => {
      await playWechat(page)
      // the WeChat account signed in on this "phone", the same in every run: its openid stays the same
      await page.context().addCookies([{ name: 'sim_wechat_user', value: 'e2eWechatUser0000001', url: `${BASE_URL}/sim/` }])
      // a fresh database (infra/dev/e2e.sh) starts unbound; a second run against the same one skips OAuth
      const oauthRounds = (await boundBefore(page)) ? 0 : 1
      const authorizes: string[] = []
      const creates: string[] = []
      page.on('request', (r) => {
        if (r.url().includes('/connect/oauth2/authorize')) authorizes.push(r.url())
        if (r.method() === 'POST' && r.url().endsWith('/api/h5/payments/orders')) creates.push(r.postData() ?? '')
      })
      await page.goto(LOGIN_URL)
      await signIn(page, '1003', '123456')
      await expectSignedIn(page)
      await eventually(() => byTest(page, 'cash').innerText()).toMatch(/¥\d/)
      let expected = fenOf(await byTest(page, 'cash').innerText())

      // first time: off to WeChat's (silent) authorize page and straight back, then WeChat pays
      await page.goto(`${H5_URL}recharge`)
      expect(await byTest(page, 'recharge-submit').textContent()).toContain('前往微信支付支付')
      await recharge(page, '3.21')
      await eventually(() => byTest(page, 'pay-state').textContent()).toBe('充值成功')
      expected += 321
      await eventually(() => byTest(page, 'new-balance').textContent()).toContain(formatFen(expected))
      expect(authorizes).toHaveLength(oauthRounds)
      if (oauthRounds === 1) {
        const auth = new URL(authorizes[0]!)
        expect(auth.pathname).toBe('/sim/wechat-open/connect/oauth2/authorize')
        expect(auth.searchParams.get('scope')).toBe('snsapi_base')
        expect(auth.searchParams.get('redirect_uri')).toBe(`${BASE_URL}/h5/recharge`)
      }
      expect(page.url()).toBe(`${H5_URL}recharge`) // code and state dropped from the address
      expect(creates.map((b) => JSON.parse(b))).toEqual([{ channel: 'WECHAT', amountFen: 321, mode: 'JSAPI' }])

      // the server remembers the openid: no second OAuth
      await byTest(page, 'again').click()
      await recharge(page, '1.23')
      await eventually(() => byTest(page, 'pay-state').textContent()).toBe('充值成功')
      expected += 123
      await eventually(() => byTest(page, 'new-balance').textContent()).toContain(formatFen(expected))
      expect(authorizes).toHaveLength(oauthRounds)

      // the payer cancels in WeChat's pay sheet: cancelled, nothing credited
      await page.evaluate((key) => localStorage.setItem(key, 'yes'), CANCEL)
      await byTest(page, 'again').click()
      await recharge(page, '2.00')
      await eventually(() => byTest(page, 'pay-state').textContent()).toBe('已取消支付')
      // WeChat was asked three times on this page (the one OAuth brought back): two payments and the cancel
      expect(await page.evaluate(() => (window as unknown as { bridgeCalls?: number }).bridgeCalls)).toBe(3)
      expect(creates).toHaveLength(3)
      await byTest(page, 'to-balance').click()
      await page.waitForURL(H5_URL)
      await eventually(async () => fenOf(await byTest(page, 'cash').innerText())).toBe(expected)
    },
    WECHAT_UA,
  )
})
