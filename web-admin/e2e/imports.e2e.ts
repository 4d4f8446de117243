import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, getCard, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { xlsx, type Cell } from './xlsx'

// The recharge import's columns (DOMAIN §7): 部门 | 工号 | 姓名 | 卡号 | 现金 | 补贴 | 补贴方式 | 补贴到期日 | 导入版本
const MONEY_HEADER: Cell[] = ['部门', '工号', '姓名', '卡号', '现金', '补贴', '补贴方式', '补贴到期日', '导入版本']

function cashRow(employeeNo: string, cashYuan: number, version: number): Cell[] {
  return [null, employeeNo, null, null, cashYuan, null, null, null, version]
}

describe(`Excel imports at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let dir: string | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
    if (dir) await rm(dir, { recursive: true, force: true })
    dir = undefined
  })

  it('imports a recharge file and reads the row report', async () => {
    const token = await adminToken()
    const holder = await personWithCard(token, '导入测试', 1000)
    const before = await getCard(token, holder.cardId)
    const unknownNo = `0${randomDigits(11)}`
    dir = await mkdtemp(join(tmpdir(), 'onecard-e2e-import-'))
    const file = join(dir, 'recharges.xlsx')
    // row 2: 12.50 yuan for the holder; row 3: nobody has this employee number
    await writeFile(file, xlsx([MONEY_HEADER, cashRow(holder.employeeNo, 12.5, 1), cashRow(unknownNo, 5, 1)]))

    session = await openBrowser()
    await withScreenshot(session, 'imports-recharge-report', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-imports').click()
      await page.waitForURL((url) => url.pathname === '/admin/imports')

      await page.getByTestId('imports-kind-recharges').click()
      const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('imports-template').click()])
      expect(template.suggestedFilename()).toBe('recharges-template.xlsx')
      await page.getByTestId('imports-input').setInputFiles(file)
      expect(await page.getByTestId('imports-file').textContent()).toBe('recharges.xlsx')
      await page.getByTestId('imports-mode-apply').click()
      await page.getByTestId('imports-policy-ACCEPTED_ROWS').click()
      expect(await page.getByTestId('imports-policy-hint').textContent()).toContain('被拒绝的行不产生任何变更')
      await page.getByTestId('imports-start').click()

      await expect.poll(() => page.getByTestId('imports-job').getAttribute('data-state')).toBe('DONE')
      expect(await page.getByTestId('imports-state').textContent()).toContain('已完成')
      expect(await page.getByTestId('imports-report').getAttribute('data-outcome')).toBe('APPLIED')
      expect(await page.getByTestId('imports-totals').textContent()).toContain('共 2 行：通过 1 行，拒绝 1 行，已导入 1 行')

      // the row report: Excel's row numbers, the header being row 1
      expect(await page.getByTestId('imports-row-status-2').getAttribute('data-status')).toBe('ACCEPTED')
      expect(await page.getByTestId('imports-row-status-2').textContent()).toContain('通过')
      expect(await page.getByTestId('imports-row-reasons-2').textContent()).toBe('')
      expect(await page.getByTestId('imports-row-status-3').getAttribute('data-status')).toBe('REFUSED')
      expect(await page.getByTestId('imports-row-status-3').textContent()).toContain('拒绝')
      expect(await page.getByTestId('imports-row-reasons-3').textContent()).toBe('工号：没有这个工号的人员')

      // refused rows only
      await page.getByTestId('imports-refused-only').click()
      await expect.poll(() => page.getByTestId('imports-row-status-2').count()).toBe(0)
      expect(await page.getByTestId('imports-row-status-3').count()).toBe(1)

      // the report workbook comes down with the operator's token
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('imports-report-download').click()])
      expect(download.suggestedFilename()).toBe('recharges-report.xlsx')
      const saved = join(dir!, 'report.xlsx')
      await download.saveAs(saved)
      expect((await readFile(saved)).subarray(0, 2).toString('latin1')).toBe('PK')
    })

    // only the accepted row moved money
    const after = await getCard(token, holder.cardId)
    expect(after.cashFen).toBe(before.cashFen + 1250)
  })
})
