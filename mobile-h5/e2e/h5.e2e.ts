import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { BASE_URL, H5_URL, assertServerServesPage, openSession, screenshot } from './browser'

const LOGIN_URL = `${H5_URL}login`

/** Runs `body` in a fresh browser; on failure saves test-results/<name>.png and prints the page's errors. */
function browserTest(name: string, body: (page: Page) => Promise<void>): void {
  it(name, async () => {
    const session = await openSession()
    try {
      await body(session.page)
    } catch (e) {
      const file = await screenshot(session, name).catch((err: unknown) => `(screenshot failed: ${String(err)})`)
      const extra = session.log.length ? `\npage log:\n  ${session.log.join('\n  ')}` : ''
      if (e instanceof Error) e.message += `\nscreenshot: ${file}${extra}`
      throw e
    } finally {
      await session.close()
    }
  })
}

async function signIn(page: Page, employeeNo: string, password: string): Promise<void> {
  await page.locator('input[name="employeeNo"]').fill(employeeNo)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('[data-test="login-submit"]').click()
}

const byTest = (page: Page, id: string) => page.locator(`[data-test="${id}"]`)

/** Waits for the balance page after signing in; fails at once with the page's message if sign-in failed. */
async function expectSignedIn(page: Page): Promise<void> {
  const error = byTest(page, 'login-error')
  const reached = page.waitForURL(H5_URL, { timeout: 20_000 }).then(
    () => 'reached' as const,
    () => 'timeout' as const,
  )
  const refused = error.waitFor({ timeout: 20_000 }).then(
    () => error.textContent(),
    () => reached,
  )
  const outcome = await Promise.race([reached, refused])
  if (outcome === 'timeout') throw new Error(`sign-in did not reach ${H5_URL} (now at ${page.url()})`)
  if (outcome !== 'reached') throw new Error(`sign-in failed, the page says: ${outcome}`)
}

/** The fen of the last "¥123.45" in a text (integer arithmetic). */
function fenOf(text: string): number {
  const m = [...text.matchAll(/¥(\d+)\.(\d{2})/g)].at(-1)
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`)
  return Number(m[1]) * 100 + Number(m[2])
}

const formatFen = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

/** Retries `read` until the assertion holds (a real server may answer slowly at first). */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 })

describe(`cardholder H5 page against ${BASE_URL}`, () => {
  beforeAll(async () => {
    const session = await openSession()
    try {
      await assertServerServesPage(session)
    } finally {
      await session.close()
    }
  })

  browserTest('signs in as 1001, sees balances, switches to English, stays signed in, signs out', async (page) => {
    await page.goto(H5_URL)
    await page.waitForURL(LOGIN_URL) // the guard sends anonymous users to the login page
    await eventually(() => page.locator('h1').textContent()).toBe('一卡通')
    await eventually(() => page.locator('.van-field__label').allTextContents()).toEqual(['工号', '密码'])

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
    await eventually(() => page.locator('.van-field__error-message').first().textContent()).toBe('请输入工号')
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
