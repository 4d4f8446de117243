import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, personWithCard, readCardInto, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

describe(`points at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it("sets an outlet's points rule and shows a person's points", async () => {
    const token = await adminToken()
    const holder = await personWithCard(token, '积分测试', 1000)
    session = await openBrowser()
    await withScreenshot(session, 'points-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-points').click()
      await page.waitForURL((url) => url.pathname === '/admin/points')

      // the rule: an outlet, 3 points per yuan; the form shows what 12.50 yuan earns
      await page.getByTestId('points-rule-outlet').click()
      const outlet = page.locator('.el-select-dropdown__item:visible').first()
      const outletName = (await outlet.textContent())?.trim() ?? ''
      await outlet.click()
      const rate = page.getByTestId('points-rule-rate').locator('input')
      await rate.fill('3')
      await rate.press('Tab')
      await expect.poll(() => page.getByTestId('points-rule-preview').textContent()).toContain('37')
      await page.getByTestId('points-rule-save').click()
      await expect.poll(() => page.getByTestId('points-rules-table').textContent()).toContain(outletName)

      // a person's points: none yet
      await page.locator('#tab-person').click()
      await readCardInto(page, 'points-person', holder.serial)
      await expect.poll(() => page.getByTestId('points-balance').textContent()).toMatch(/: 0$/)

      // the summary of this month (the tab's default period): a workbook, and the print view
      await page.locator('#tab-summary').click()
      await page.getByTestId('points-summary-run').click()
      await page.getByTestId('points-total').waitFor()
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('points-summary-export').click()])
      expect(download.suggestedFilename()).toMatch(/^积分汇总-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const [print] = await Promise.all([session!.context.waitForEvent('page'), page.getByTestId('points-summary-print').click()])
      await print.getByTestId('report-sheet').waitFor()
      expect(await print.getByTestId('report-title').textContent()).toContain('积分汇总')
      expect(await print.getByTestId('report-printed-on').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/)
    })
  })
})
