import { beforeAll, describe, expect } from 'vitest'
import { BASE_URL, H5_URL, requireServedPage } from './browser'
import { LOGIN_URL, browserTest, byTest, eventually, expectSignedIn, fenOf, formatFen, signIn } from './steps'

describe(`cardholder H5 page against ${BASE_URL}`, () => {
  beforeAll(requireServedPage)

  browserTest('signs in as 1001, sees balances, switches to English, stays signed in, signs out', async (page) => {
    await page.goto(H5_URL)
    await page.waitForURL(LOGIN_URL) // the guard sends anonymous users to the login page
    await eventually(() => page.locator('h1').textContent()).toBe('一卡通')
    await eventually(() => page.locator('.van-field__label').allTextContents()).toEqual(['工号/卡号', '密码'])

    await signIn(page, '1001', '123456')
    await expectSignedIn(page)
    await eventually(() => byTest(page, 'name').textContent()).toBe('张三')
    expect(await byTest(page, 'employee-no').textContent()).toBe('工号 1001')
    expect(await byTest(page, 'total').textContent()).toBe('¥150.00')
    expect(await byTest(page, 'cash').innerText()).toMatch(/现金钱包\s+¥100\.00/)
    expect(await byTest(page, 'subsidy').innerText()).toMatch(/补贴钱包\s+¥50\.00/)
    expect(await byTest(page, 'card').count()).toBeGreaterThan(0)
    expect(await byTest(page, 'logout').textContent()).toContain('退出登录')

    await byTest(page, 'lang-switch').click()
    await eventually(() => byTest(page, 'cash').innerText()).toMatch(/Cash wallet\s+¥100\.00/)
    expect(await byTest(page, 'subsidy').innerText()).toMatch(/Subsidy wallet\s+¥50\.00/)
    expect(await page.locator('body').innerText()).toContain('Total balance')
    expect(await byTest(page, 'employee-no').textContent()).toBe('Employee No. 1001')
    const statuses = await byTest(page, 'card-status').allTextContents()
    for (const s of statuses) {
      expect(['Normal', 'Lost', 'Frozen', 'Cancelled', 'Replaced', 'Expired']).toContain(s.trim())
    }

    // Opening the page again: the remembered refresh token signs in again, the language is remembered.
    await page.reload()
    await eventually(() => byTest(page, 'total').textContent()).toBe('¥150.00')
    expect(await byTest(page, 'logout').textContent()).toContain('Sign out')

    await byTest(page, 'logout').click()
    await page.waitForURL(LOGIN_URL)
    await eventually(() => byTest(page, 'login-submit').textContent()).toContain('Sign in')
    expect(await page.evaluate(() => localStorage.getItem('onecard.h5.refreshToken'))).toBeNull()

    await page.goto(H5_URL) // signed out for good
    await page.waitForURL(LOGIN_URL)
  })

  browserTest('a wrong password shows the catalogue message for code 2004', async (page) => {
    await page.goto(LOGIN_URL)
    await signIn(page, '1001', 'not-the-password')
    await eventually(() => byTest(page, 'login-error').textContent()).toBe('用户名或密码错误')
    expect(page.url()).toBe(LOGIN_URL)

    await byTest(page, 'lang-switch').click()
    await eventually(() => byTest(page, 'login-error').textContent()).toBe('Wrong username or password')
  })

  browserTest('an empty employee number is not sent', async (page) => {
    await page.goto(LOGIN_URL)
    let loginCalls = 0
    page.on('request', (r) => {
      if (r.url().endsWith('/api/h5/auth/login')) loginCalls++
    })
    await signIn(page, '', '123456')
    await eventually(() => page.locator('.van-field__error-message').first().textContent()).toBe('请输入工号或卡号')
    expect(loginCalls).toBe(0)
  })

  browserTest('recharges 12.34 yuan through the WeChat Pay simulator and sees the cash wallet grow by exactly that', async (page) => {
    await page.goto(LOGIN_URL)
    await signIn(page, '1001', '123456')
    await expectSignedIn(page)
    await eventually(() => byTest(page, 'cash').innerText()).toMatch(/¥\d/)
    const before = fenOf(await byTest(page, 'cash').innerText())

    await byTest(page, 'recharge').click()
    await page.waitForURL(`${H5_URL}recharge`)
    let creates = 0
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/h5/payments/orders')) creates++
    })
    await byTest(page, 'amount').locator('input').fill('12.345') // not whole fen: refused here, nothing sent
    await byTest(page, 'recharge-submit').click()
    await eventually(() => page.locator('.van-field__error-message').textContent()).toBe('金额最多精确到分（两位小数）')
    expect(creates).toBe(0)

    await byTest(page, 'amount').locator('input').fill('12.34')
    await byTest(page, 'channel-WECHAT').click()
    await byTest(page, 'recharge-submit').click()
    await eventually(() => byTest(page, 'pay-state').textContent()).toContain('等待支付')
    expect(await byTest(page, 'order-amount').textContent()).toBe('¥12.34')
    expect(creates).toBe(1)
    const payUrl = await byTest(page, 'pay-link').getAttribute('href')
    expect(payUrl).toMatch(/\/sim\/pay\/WECHAT\//)

    // The "phone's wallet app": the simulator's pay page in the same browser, where the cardholder pays.
    const wallet = await page.context().newPage()
    await wallet.goto(payUrl!)
    expect(await wallet.locator('.amount').textContent()).toContain('12.34')
    await wallet.locator('#pay').click()
    await eventually(() => wallet.locator('#state').textContent()).toBe('支付成功 / Paid')
    await wallet.close()

    await eventually(() => byTest(page, 'pay-state').textContent()).toBe('充值成功')
    await eventually(() => byTest(page, 'new-balance').textContent()).toContain(formatFen(before + 1234))
    await byTest(page, 'to-balance').click()
    await page.waitForURL(H5_URL)
    await eventually(async () => fenOf(await byTest(page, 'cash').innerText())).toBe(before + 1234)
    expect(creates).toBe(1)
  })
  browserTest('on the phone, pays in the WeChat H5 and Alipay WAP simulators and comes back to see the wallet grow', async (page) => {
    await page.goto(LOGIN_URL)
    await signIn(page, '1001', '123456')
    await expectSignedIn(page)
    await eventually(() => byTest(page, 'cash').innerText()).toMatch(/¥\d/)
    let expected = fenOf(await byTest(page, 'cash').innerText())

    for (const [channel, fen, gateway] of [
      ['WECHAT', 567, /\/sim\/pay\/WECHAT\/\w+\?prepay_id=/],
      ['ALIPAY', 890, /\/sim\/alipay\/gateway\.do\?/],
    ] as const) {
      await page.goto(`${H5_URL}recharge`)
      await byTest(page, 'amount').locator('input').fill(formatFen(fen).replace('¥', ''))
      await byTest(page, `channel-${channel}`).click()
      await byTest(page, 'on-this-phone').click() // a desktop browser starts with the QR code
      const leaving = page.waitForRequest((r) => gateway.test(r.url()))
      await byTest(page, 'recharge-submit').click()
      await leaving
      // the gateway's cashier, in this very window
      await page.waitForURL(/\/sim\/pay\//)
      expect(await page.locator('.amount').textContent()).toContain(formatFen(fen).replace('¥', ''))
      await page.locator('#pay').click()
      await eventually(() => page.locator('#state').textContent()).toBe('支付成功 / Paid')
      await page.locator('#return').click()
      await page.waitForURL(`${H5_URL}recharge`) // the order number was read and dropped from the address
      expected += fen
      await eventually(() => byTest(page, 'pay-state').textContent()).toBe('充值成功')
      await eventually(() => byTest(page, 'new-balance').textContent()).toContain(formatFen(expected))
    }
  })

  browserTest('shows the pay code as a QR image that renews itself before it runs out', async (page) => {
    await page.goto(LOGIN_URL)
    await signIn(page, '1001', '123456')
    await expectSignedIn(page)
    await byTest(page, 'pay-code').click()
    await page.waitForURL(`${H5_URL}pay-code`)

    const qr = byTest(page, 'pay-code-qr')
    await eventually(() => qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    const first = await qr.getAttribute('data-code')
    expect(first).toMatch(/^OC1\.\d+\.\d+\./)
    const size = await qr.boundingBox()
    expect(size!.width).toBeGreaterThan(150)
    expect(size!.width).toBeLessThanOrEqual(375)
    expect(await byTest(page, 'pay-code-left').textContent()).toMatch(/剩余 \d+ 秒/)

    // the server under test gives codes of 20 s (infra/dev/e2e.sh): the page fetches the next after 10 s
    await expect.poll(() => qr.getAttribute('data-code'), { timeout: 25_000, interval: 250 }).not.toBe(first)
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/)

    await byTest(page, 'lang-switch').click()
    await eventually(() => byTest(page, 'pay-code-left').textContent()).toMatch(/\d+ s left/)
  })
})
