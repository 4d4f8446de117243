import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Download, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { sheetRows } from './xlsx'

// Merchant reconciliation and meal statistics: the page, its workbook and its print view.
describe(`reconciliation and meal statistics at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let dir: string | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** A person of a new department under the first one, with a card holding 100 yuan. */
  async function newcomer(token: string): Promise<{ personId: number; unitCode: string; employeeNo: string }> {
    const tree = await call<{ roots: { id: number }[] }>(token, 'GET', '/api/org-units')
    const unit = await call<{ id: number; code: string }>(token, 'POST', '/api/org-units', { parentId: tree.roots[0]!.id, name: `对账部${randomDigits(4)}` })
    const employeeNo = `7${randomDigits(7)}`
    const person = await call<{ id: number }>(token, 'POST', '/api/people', { name: '对账人', employeeNo, orgUnitId: unit.id })
    await call(token, 'POST', '/api/cards', { personId: person.id, serial: `E2R${randomDigits(10)}`, firstRechargeFen: 10_000 })
    return { personId: person.id, unitCode: unit.code, employeeNo }
  }

  async function sale(token: string, personId: number, outletId: number, amountFen: number): Promise<number> {
    const at = new Date(Date.now() - 60_000)
    at.setMilliseconds(0)
    const booked = await call<{ postingId: number }>(token, 'POST', '/api/consumptions/supplementary', { personId, outletId, occurredAt: at.toISOString(), amountFen })
    return booked.postingId
  }

  async function saved(download: Download, name: string): Promise<string[][]> {
    const path = join(dir!, name)
    await download.saveAs(path)
    return sheetRows(await readFile(path))
  }

  async function printView(context: BrowserContext, page: Page): Promise<Page> {
    const [print] = await Promise.all([context.waitForEvent('page', { timeout: 60_000 }), page.getByTestId('report-print').click()])
    await print.getByTestId('report-sheet').waitFor({ timeout: 60_000 })
    return print
  }

  it('reconciles a merchant\'s outlets up to now, exports the workbook and prints it', async () => {
    const token = await adminToken()
    const merchantName = `对账商户${randomDigits(6)}`
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: merchantName })
    const first = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: `对账一${randomDigits(4)}`, kind: 'CANTEEN' })
    await call(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: `对账二${randomDigits(4)}`, kind: 'SHOP' })
    const holder = await newcomer(token)
    const corrected = await sale(token, holder.personId, first.id, 1_234)
    await sale(token, holder.personId, first.id, 566)
    await call(token, 'POST', `/api/consumptions/${corrected}/correction`, { amountFen: 1_000 })
    dir = await mkdtemp(join(tmpdir(), 'onecard-recon-'))

    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'merchant-reconciliation', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-reports').click()
      await page.getByTestId('menu-report-merchant-reconciliation').click()
      await page.waitForURL((url) => url.pathname === '/admin/reports/merchant-reconciliation')
      await page.getByTestId('report-merchant').click()
      await page.locator('.el-select-dropdown__item', { hasText: merchantName }).click()
      await page.getByTestId('report-run').click()

      // two outlets and the merchant's subtotal; totals: 2 sales, ¥18.00 less a ¥2.34 refund = ¥15.66
      const table = page.getByTestId('report-table')
      await expect.poll(() => table.locator('.el-table__body tr').count()).toBe(3)
      const totals = table.locator('.el-table__footer tr td')
      await expect.poll(() => totals.nth(3).textContent()).toBe('18.00')
      expect(await totals.nth(7).textContent()).toBe('2.34')
      expect(await totals.nth(12).textContent()).toBe('15.66')
      expect(await page.getByTestId('report-as-of').textContent()).toMatch(/\d/)

      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('report-export').click()])
      expect(download.suggestedFilename()).toMatch(/^商户对账-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const rows = await saved(download, 'recon.xlsx')
      expect(rows[1]?.[0]).toBe('商户实时对账')
      expect(rows.find((r) => r[1] === '小计')?.[0]).toBe(merchantName)
      const total = rows.find((r) => r[0] === '合计')
      expect(total?.slice(2, 13).map(Number)).toEqual([2, 18, 0, 0, 1, 2.34, 0, 0, 0, 2, 15.66])

      const print = await printView(context, page)
      expect(await print.getByTestId('report-title').textContent()).toBe('商户实时对账')
      expect(await print.getByTestId('report-print-row').count()).toBe(3)
      expect(await print.getByTestId('report-print-total-netFen').textContent()).toBe('15.66')
      expect(await print.getByTestId('report-print-totals').locator('th').first().textContent()).toBe('合计')
      expect(await print.getByTestId('report-printed-on').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/)
      await print.emulateMedia({ media: 'print' })
      expect(await print.locator('.toolbar').isVisible()).toBe(false)
    })
  })

  it('exports and prints a department\'s meal statistics', async () => {
    const token = await adminToken()
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: `就餐商户${randomDigits(6)}` })
    const outlet = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: `就餐食堂${randomDigits(4)}`, kind: 'CANTEEN' })
    const holder = await newcomer(token)
    await sale(token, holder.personId, outlet.id, 700)
    await sale(token, holder.personId, outlet.id, 350)
    dir = await mkdtemp(join(tmpdir(), 'onecard-meals-'))

    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'meal-statistics', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-reports').click()
      await page.getByTestId('menu-report-meal-statistics').click()
      await page.getByTestId('report-meals-page').waitFor()
      await page.getByTestId('report-meals-department').fill(holder.unitCode)
      await page.getByTestId('report-run').click()
      const table = page.getByTestId('report-table')
      await expect.poll(() => table.locator('.el-table__body tr').count()).toBe(1)
      expect(await table.locator('.el-table__body tr td').first().textContent()).toBe(holder.employeeNo)

      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('report-export').click()])
      expect(download.suggestedFilename()).toMatch(/^个人就餐统计-.*\.xlsx$/)
      const rows = await saved(download, 'meals.xlsx')
      expect(rows[1]?.[0]).toBe('个人就餐统计')
      const line = rows.find((r) => r[0] === holder.employeeNo)
      expect(line?.slice(-2).map(Number)).toEqual([2, 10.5])
      expect(rows.find((r) => r[0] === '合计')?.slice(-2).map(Number)).toEqual([2, 10.5])

      const print = await printView(context, page)
      expect(await print.getByTestId('report-title').textContent()).toBe('个人就餐统计')
      expect(await print.getByTestId('report-print-row').count()).toBe(1)
      expect(await print.getByTestId('report-print-total-count').textContent()).toBe('2')
      expect(await print.getByTestId('report-print-total-amountFen').textContent()).toBe('10.50')
      expect(await print.getByTestId('report-organisation').textContent()).not.toBe('')
    })
  })
})
