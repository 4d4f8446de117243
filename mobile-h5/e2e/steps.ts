// Steps the H5 browser suites share.
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { H5_URL, openSession, screenshot } from './browser'

export const LOGIN_URL = `${H5_URL}login`

/**
 * Runs `body` in a fresh browser (with this user agent, if given); on failure saves
 * test-results/<name>.png and prints the page's errors.
 */
export function browserTest(name: string, body: (page: Page) => Promise<void>, userAgent?: string): void {
  it(name, async () => {
    const session = await openSession(userAgent)
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

export async function signIn(page: Page, employeeNo: string, password: string): Promise<void> {
  await page.locator('input[name="employeeNo"]').fill(employeeNo)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('[data-test="login-submit"]').click()
}

export const byTest = (page: Page, id: string) => page.locator(`[data-test="${id}"]`)

/** Waits for the balance page after signing in; fails at once with the page's message if sign-in failed. */
export async function expectSignedIn(page: Page): Promise<void> {
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
export function fenOf(text: string): number {
  const m = [...text.matchAll(/¥(\d+)\.(\d{2})/g)].at(-1)
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`)
  return Number(m[1]) * 100 + Number(m[2])
}

export const formatFen = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

/** Retries `read` until the assertion holds (a real server may answer slowly at first). */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 })
