import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_URL, fetchOperator, openBrowser, requireServer, withScreenshot, type Session } from './support'

const ADMIN = { username: 'admin', password: 'admin123' }
// demo operator with the card second factor on (README: type the operator card OP000001)
const CASHIER = { username: 'cashier', password: 'cashier123', cardSerial: 'OP000001' }

describe('headless Chromium', () => {
  it('starts and renders a page', async () => {
    const session = await openBrowser()
    try {
      await session.page.setContent('<h1>OneCard 一卡通</h1>')
      expect(await session.page.textContent('h1')).toBe('OneCard 一卡通')
    } finally {
      await session.close()
    }
  })
})

describe(`admin app at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  // Runs before the good login: the server locks an account after a few failures, and a success resets that.
  it('a wrong password shows the catalogue message for code 2004', async () => {
    session = await openBrowser()
    await withScreenshot(session, 'wrong-password', async (page) => {
      await page.goto(`${ADMIN_URL}login`)
      await page.getByTestId('username').fill(ADMIN.username)
      await page.getByTestId('password').fill('definitely-not-the-password')
      await page.getByTestId('login-submit').click()
      await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('用户名或密码错误')
      expect(new URL(page.url()).pathname).toBe('/admin/login')
    })
  })

  it('admin signs in, sees the balanced books, switches to English and logs out', async () => {
    const { displayName } = await fetchOperator(ADMIN)
    session = await openBrowser()
    await withScreenshot(session, 'admin-journey', async (page) => {
      // an anonymous visit goes to login, then back to where it was going
      await page.goto(ADMIN_URL)
      await page.waitForURL(/\/admin\/login\?redirect=/)
      await page.getByTestId('username').fill(ADMIN.username)
      await page.getByTestId('password').fill(ADMIN.password)
      await page.getByTestId('password').press('Enter')

      await page.waitForURL((url) => url.pathname === '/admin/')
      await expect.poll(() => page.getByTestId('operator-name').textContent()).toContain(displayName)
      await expect.poll(() => page.getByTestId('operator-display-name').textContent()).toBe(displayName)
      const status = page.getByTestId('verify-status')
      await expect.poll(() => status.textContent()).toContain('账目平衡')
      expect(await status.getAttribute('data-clean')).toBe('true')

      // a reload keeps the session (the refresh token is in sessionStorage)
      await page.reload()
      await expect.poll(() => page.getByTestId('verify-status').textContent()).toContain('账目平衡')
      expect(new URL(page.url()).pathname).toBe('/admin/')

      await page.getByTestId('verify-again').click()
      await expect.poll(() => page.getByTestId('verify-status').textContent()).toContain('账目平衡')

      await page.getByTestId('lang-switch').getByText('English').click()
      await expect.poll(() => page.getByTestId('verify-status').textContent()).toContain('Books balance')
      expect(await page.getByTestId('logout').textContent()).toContain('Log out')

      await page.getByTestId('logout').click()
      await page.waitForURL((url) => url.pathname === '/admin/login')
      await page.getByTestId('login-submit').waitFor()
      // the language choice is remembered
      expect(await page.getByTestId('login-submit').textContent()).toContain('Sign in')
      // logged out for real: going back to the dashboard asks for a login again
      await page.goto(ADMIN_URL)
      await page.waitForURL(/\/admin\/login/)
    })
  })

  it('an operator with the card second factor is asked to swipe the card, and the reader submits it', async () => {
    const { displayName } = await fetchOperator(CASHIER)
    session = await openBrowser()
    await withScreenshot(session, 'card-second-factor', async (page) => {
      await page.goto(`${ADMIN_URL}login`)
      await page.getByTestId('username').fill(CASHIER.username)
      await page.getByTestId('password').fill(CASHIER.password)
      await page.getByTestId('login-submit').click()

      await expect.poll(() => page.getByTestId('card-step').textContent()).toContain('请刷操作员卡')
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('card-serial')
      await page.keyboard.type(CASHIER.cardSerial) // a desk reader is a keyboard: the serial, then Enter
      await page.keyboard.press('Enter')

      await page.waitForURL((url) => url.pathname === '/admin/')
      await expect.poll(() => page.getByTestId('operator-name').textContent()).toContain(displayName)
      await page.getByTestId('logout').click()
      await page.waitForURL((url) => url.pathname === '/admin/login')
    })
  })
})
