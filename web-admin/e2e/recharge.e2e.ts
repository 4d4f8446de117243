import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, randomDigits, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

async function openMenu(page: Page, item: string, path: string): Promise<void> {
  const entry = page.getByTestId(`menu-${item}`)
  if (!(await entry.isVisible())) await page.getByTestId('menu-recharge').locator('.el-sub-menu__title').click()
  await entry.click()
  await page.waitForURL((url) => url.pathname === `/admin${path}`)
}

describe(`recharge administration at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it("creates a promotion and sees it listed, opens today's cash report and the recharge operators", async () => {
    // a month of its own far ahead, so no rule of an earlier run overlaps (5147)
    const year = 2100 + Math.floor(Math.random() * 800)
    const name = `E2E充值送${randomDigits(6)}`
    session = await openBrowser()
    await withScreenshot(session, 'recharge-journey', async (page) => {
      let posts = 0
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/api/recharge-promotions')) posts++
      })
      await signIn(page)
      await openMenu(page, 'recharge-promotions', '/recharge/promotions')
      await page.getByTestId('promotions-table').waitFor()

      await page.getByTestId('promotions-add').click()
      const dialog = page.getByTestId('promotion-dialog')
      await dialog.waitFor()
      await page.getByTestId('promotion-name').fill(name)
      const range = dialog.locator('.el-range-input')
      await range.nth(0).fill(`${year}-03-01`)
      await range.nth(1).fill(`${year}-03-31`)
      await range.nth(1).press('Enter')
      await page.getByTestId('promotion-min').fill('100')
      await page.getByTestId('promotion-max').fill('499.99')

      // a percent out of range is refused here, before anything is sent
      await page.getByTestId('promotion-percent').fill('101')
      await page.getByTestId('promotion-submit').click()
      await dialog.getByText('比例须为 1–100 的整数').waitFor()
      expect(posts).toBe(0)

      await page.getByTestId('promotion-percent').fill('5')
      await page.getByTestId('promotion-max-bonus').fill('20')
      await page.getByTestId('promotion-submit').click()
      await dialog.waitFor({ state: 'hidden' })
      expect(posts).toBe(1)

      const row = page.locator('[data-testid="promotions-table"] tr').filter({ hasText: name })
      await row.waitFor()
      const shown = (await row.textContent()) ?? ''
      expect(shown).toContain(`${year}-03-01 – ${year}-03-31`)
      expect(shown).toContain('¥100.00 – ¥499.99')
      expect(shown).toContain('5% （封顶 ¥20.00）')
      expect(shown).toContain('增值机')

      // stored as integer fen, as typed
      const admin = await adminToken()
      const stored = (await call<{ id: number; name: string; minAmountFen: number; maxAmountFen: number; maxBonusFen: number; percent: number }[]>(
        admin, 'GET', '/api/recharge-promotions',
      )).find((p) => p.name === name)
      expect(stored).toMatchObject({ minAmountFen: 10000, maxAmountFen: 49999, maxBonusFen: 2000, percent: 5 })

      // today's cash report: every operator's day and a totals row
      const day = page.waitForResponse((r) => r.url().includes('/api/cash-reports/day?') && r.request().method() === 'GET')
      await openMenu(page, 'recharge-cash-reports', '/recharge/cash-reports')
      expect((await day).status()).toBe(200)
      await expect.poll(() => page.getByTestId('cash-table').getAttribute('data-mode')).toBe('day')
      expect(await page.locator('[data-testid="cash-table"] .el-table__footer').textContent()).toContain('合计')
      expect(await page.getByTestId('cash-error').count()).toBe(0)

      // the recharge operators and their authorisation cards; binding offers the demo's operators
      const list = page.waitForResponse((r) => r.url().endsWith('/api/recharge-operators') && r.request().method() === 'GET')
      await openMenu(page, 'recharge-operators', '/recharge/operators')
      expect((await list).status()).toBe(200)
      await page.getByTestId('operators-table').waitFor()
      expect(await page.getByTestId('operators-error').count()).toBe(0)
      const candidates = page.waitForResponse((r) => r.url().endsWith('/api/recharge-operators/candidates'))
      await page.getByTestId('operators-bind').click()
      expect((await candidates).status()).toBe(200)
      await page.getByTestId('bind-dialog').waitFor()

      // leave no rule behind for other runs on this database
      if (stored) await fetch(`${BASE_URL}/api/recharge-promotions/${stored.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${admin}` } })
    })
  })
})
