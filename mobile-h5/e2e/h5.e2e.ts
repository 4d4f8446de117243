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
})
