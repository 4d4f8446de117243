import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, personWithCard, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

async function openMenu(page: Page, item: string, path: string): Promise<void> {
  const entry = page.getByTestId(`menu-${item}`)
  if (!(await entry.isVisible())) await page.getByTestId('menu-reports').locator('.el-sub-menu__title').click()
  await entry.click()
  await page.waitForURL((url) => url.pathname === `/admin${path}`)
}

describe(`monthly statement at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('shows this month balanced with a totals row, and the periods with the current month not closable', async () => {
    await personWithCard(await adminToken(), 'E2E月结', 12_345)
    const now = new Date()
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
    session = await openBrowser()
    await withScreenshot(session, 'statement-journey', async (page) => {
      await signIn(page)
      await openMenu(page, 'statement', '/reports/monthly-statement')
      const picker = page.getByTestId('statement-page').locator('.el-date-editor input')
      await picker.fill(month)
      await picker.press('Enter')
      await page.getByTestId('statement-run').click()
      const table = page.getByTestId('statement-table')
      await table.locator('.el-table__row').filter({ hasText: 'E2E月结' }).first().waitFor()
      await expect(table.locator('.el-table__footer').textContent()).resolves.toContain('合计')
      const differences = await page.getByTestId('statement-difference').allTextContents()
      expect(differences.length).toBeGreaterThan(0)
      expect(differences.every((d) => d === '0.00')).toBe(true)
      expect(await page.getByTestId('statement-unbalanced').count()).toBe(0)

      await openMenu(page, 'periods', '/reports/periods')
      await page.getByTestId(`period-status-${month}`).waitFor()
      expect(await page.getByTestId(`period-close-${month}`).count()).toBe(0)
    })
  })
})
