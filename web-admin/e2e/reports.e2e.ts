import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, adminToken, call, personWithCard, randomDigits, readCardInto, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { sheetRows } from './xlsx'

describe(`reports at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let dir: string | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('shows the daily consumption summary of an outlet, exports it as xlsx and opens the print view', async () => {
    const token = await adminToken()
    const outletName = `报表食堂${randomDigits(6)}`
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: `报表商户${randomDigits(6)}` })
    const outlet = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: outletName, kind: 'CANTEEN' })
    const holder = await personWithCard(token, '报表测试', 10_000)
    const at = new Date(Date.now() - 60_000).toISOString()
    for (const amountFen of [1_234, 566]) {
      await call(token, 'POST', '/api/consumptions/supplementary', { personId: holder.personId, outletId: outlet.id, occurredAt: at, amountFen })
    }
    dir = await mkdtemp(join(tmpdir(), 'onecard-reports-'))

    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'daily-consumption', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-reports').click()
      await page.getByTestId('menu-report-daily-consumption').click()
      await page.waitForURL((url) => url.pathname === '/admin/reports/daily-consumption')
      await page.getByTestId('report-outlets').click()
      await page.locator('.el-select-dropdown__item', { hasText: outletName }).click()
      await page.keyboard.press('Escape')
      await page.getByTestId('report-run').click()

      // one line (today, this outlet, the meal of now or none) and the totals row: 2 purchases, ¥18.00
      const table = page.getByTestId('report-table')
      await expect.poll(() => table.locator('.el-table__body tr').count()).toBe(1)
      expect(await table.locator('.el-table__body tr td').nth(1).textContent()).toBe(outletName)
      const totals = table.locator('.el-table__footer tr td')
      await expect.poll(() => totals.nth(3).textContent()).toBe('2')
      expect(await totals.nth(4).textContent()).toBe('18.00')

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()])
      expect(download.suggestedFilename()).toMatch(/^消费日报-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const saved = join(dir!, 'report.xlsx')
      await download.saveAs(saved)
      const file = await readFile(saved)
      expect(file.subarray(0, 2).toString('latin1')).toBe('PK')
      const rows = sheetRows(file)
      expect(rows[2]?.[0]).toContain(`营业点：${outletName}`)
      const total = rows.find((r) => r[0] === '合计')
      expect(total?.slice(3, 5).map(Number)).toEqual([2, 18])

      const [print] = await Promise.all([context.waitForEvent('page'), page.getByTestId('report-print').click()])
      await print.getByTestId('report-sheet').waitFor()
      expect(await print.getByTestId('report-title').textContent()).toContain('消费日报')
      expect(await print.getByTestId('report-outlet-label').textContent()).toContain(outletName)
      expect(await print.getByTestId('report-print-total-count').textContent()).toBe('2')
      expect(await print.getByTestId('report-print-total-amountFen').textContent()).toBe('18.00')
      expect(await print.getByTestId('report-printed-on').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/)
      await print.emulateMedia({ media: 'print' })
      expect(await print.locator('.toolbar').isVisible()).toBe(false)
    })
  })

  it('lists the details of a person by kind, exports them as xlsx and prints them with the totals', async () => {
    const token = await adminToken()
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: `明细商户${randomDigits(6)}` })
    const outlet = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: `明细食堂${randomDigits(6)}`, kind: 'CANTEEN' })
    const holder = await personWithCard(token, '明细测试', 10_000)
    const at = new Date(Date.now() - 60_000).toISOString()
    await call(token, 'POST', '/api/consumptions/supplementary', { personId: holder.personId, outletId: outlet.id, occurredAt: at, amountFen: 1_234 })
    dir = await mkdtemp(join(tmpdir(), 'onecard-details-'))

    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'details', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-reports').click()
      await page.getByTestId('menu-report-details').click()
      await page.waitForURL((url) => url.pathname === '/admin/reports/details')
      await readCardInto(page, 'details-person', holder.serial)
      // the operator filter offers operators by name: the cashier booked nothing for this person
      await page.getByTestId('details-operator').click()
      await page.locator('.el-select-dropdown__item', { hasText: '(cashier)' }).click()
      await page.getByTestId('report-run').click()
      await expect.poll(() => page.getByTestId('details-total').textContent()).toContain('合计：0 笔')
      await page.getByTestId('details-operator').click()
      await page.locator('.el-select-dropdown__item', { hasText: `(${ADMIN.username})` }).click()
      await page.getByTestId('report-run').click()
      // the first recharge (+100.00, with the balance after it) and the supplementary entry (−12.34)
      await expect.poll(() => page.getByTestId('details-total-RECHARGE').textContent()).toContain('+100.00')
      expect(await page.getByTestId('details-total-SUPPLEMENT').textContent()).toContain('-12.34')

      await page.getByTestId('details-kinds').click()
      await page.locator('.el-select-dropdown__item', { hasText: '补单' }).click()
      await page.keyboard.press('Escape')
      await page.getByTestId('report-run').click()
      const table = page.getByTestId('report-table')
      await expect.poll(() => page.getByTestId('details-total').textContent()).toContain('合计：1 笔 / -12.34')
      expect(await table.locator('.el-table__body tr').count()).toBe(1)
      expect(await table.locator('.el-table__body tr td').nth(4).textContent()).toContain('明细测试')

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()])
      expect(download.suggestedFilename()).toMatch(/^明细报表-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const saved = join(dir!, 'details.xlsx')
      await download.saveAs(saved)
      const rows = sheetRows(await readFile(saved))
      expect(rows[1]?.[0]).toBe('明细报表（补单）')
      expect(rows[3]?.[11]).toBe('金额')
      expect([rows[4]?.[2], rows[4]?.[4], rows[4]?.[5]]).toEqual(['补单', holder.employeeNo, '明细测试'])
      expect(Number(rows[4]?.[11])).toBe(-12.34)
      const total = rows.find((r) => r[0] === '合计')
      expect(total?.[1]).toBe('1 笔')
      expect(Number(total?.[11])).toBe(-12.34)

      const [print] = await Promise.all([context.waitForEvent('page'), page.getByTestId('report-print').click()])
      await print.getByTestId('report-sheet').waitFor()
      expect(await print.getByTestId('report-title').textContent()).toBe('明细报表')
      expect(await print.getByTestId('report-print-row').count()).toBe(1)
      expect(await print.getByTestId('report-print-total-label').textContent()).toBe('合计：1 笔')
      expect(await print.getByTestId('report-print-total-amount').textContent()).toBe('-12.34')
      expect(await print.getByTestId('report-printed-on').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/)
    })
  })

  it('opens the other report pages from the menu, each answering without an error', async () => {
    session = await openBrowser()
    await withScreenshot(session, 'report-pages', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-reports').click()
      for (const [item, testid] of [
        ['report-daily-recharge', 'report-recharge-page'],
        ['report-meal-statistics', 'report-meals-page'],
        ['report-terminal-daily', 'report-terminals-page'],
      ] as const) {
        await page.getByTestId(`menu-${item}`).click()
        await page.getByTestId(testid).waitFor()
        await expect.poll(() => page.getByTestId(testid).locator('.el-table__footer td').first().textContent()).toBe('合计')
        expect(await page.getByTestId('report-error').count()).toBe(0)
      }
    })
  })
})
