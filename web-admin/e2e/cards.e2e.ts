import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

const ADMIN = { username: 'admin', password: 'admin123' }

function randomDigits(n: number): string {
  return Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${ADMIN_URL}login`)
  await page.getByTestId('username').fill(ADMIN.username)
  await page.getByTestId('password').fill(ADMIN.password)
  await page.getByTestId('password').press('Enter')
  await page.waitForURL((url) => url.pathname === '/admin/')
}

/** Accepts the ElMessageBox confirmation and waits until it has gone. */
async function confirm(page: Page, expected?: string): Promise<void> {
  const box = page.locator('.el-message-box').last()
  await box.waitFor()
  if (expected) expect(await box.textContent()).toContain(expected)
  await box.locator('.el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

async function focusedTestId(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
}

describe(`card centre at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('registers a person, issues a card, recharges, reports it lost and reissues it with the balance intact', async () => {
    const employeeNo = `9${randomDigits(7)}`
    const firstSerial = `E2E${randomDigits(10)}`
    const newSerial = `E2E${randomDigits(10)}`
    session = await openBrowser()
    await withScreenshot(session, 'card-centre-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-people').click()
      await page.waitForURL((url) => url.pathname === '/admin/people')

      // 新增人员 in 计算机学院
      await page.getByTestId('person-create').click()
      await page.getByTestId('person-name').fill('测试员')
      await page.getByTestId('person-employee-no').fill(employeeNo)
      await page.getByTestId('person-unit').locator('.el-select').click()
      await page.locator('.el-popper:visible').getByText('计算机学院', { exact: true }).click()
      await page.getByTestId('person-submit').click()
      await page.getByTestId('person-dialog').waitFor({ state: 'hidden' })

      await page.getByTestId('people-search-no').fill(employeeNo)
      await page.getByTestId('people-search-no').press('Enter')
      await expect.poll(() => page.getByTestId('people-table').textContent()).toContain('计算机学院')
      expect(await page.getByTestId('people-table').textContent()).toContain('测试员')

      // 发卡 with a first recharge of 20.00; deposit and card cost come prefilled from the parameters
      await page.getByTestId(`person-issue-${employeeNo}`).click()
      await expect.poll(() => page.getByTestId('issue-deposit').inputValue()).toMatch(/^\d+\.\d{2}$/)
      expect(await page.getByTestId('issue-person').textContent()).toBe('测试员')
      await page.getByTestId('issue-serial').fill(firstSerial)
      await page.getByTestId('issue-recharge').fill('20.00')
      await page.getByTestId('issue-submit').click()
      await confirm(page, '20.00')

      await page.waitForURL((url) => url.pathname === '/admin/cards' && url.searchParams.has('id'))
      await expect.poll(() => page.getByTestId('card-status').getAttribute('data-status')).toBe('NORMAL')
      expect(await page.getByTestId('card-status').textContent()).toContain('正常')
      expect(await page.getByTestId('card-serial').textContent()).toBe(firstSerial)
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥20.00')

      // 充值 30.00 more
      await page.getByTestId('card-action-recharge').click()
      await page.getByTestId('recharge-amount').fill('30.00')
      await page.getByTestId('recharge-submit').click()
      await confirm(page, '30.00')
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥50.00')

      // 挂失
      await page.getByTestId('card-action-loss').click()
      await confirm(page)
      await expect.poll(() => page.getByTestId('card-status').getAttribute('data-status')).toBe('LOST')
      expect(await page.getByTestId('card-status').textContent()).toContain('挂失')

      // 补卡: the reader types the new serial, then Enter
      await page.getByTestId('card-action-reissue').click()
      await expect.poll(() => focusedTestId(page)).toBe('reissue-serial')
      await page.keyboard.type(newSerial)
      await page.keyboard.press('Enter')
      await confirm(page, newSerial)

      await expect.poll(() => page.getByTestId('card-serial').textContent()).toBe(newSerial)
      await expect.poll(() => page.getByTestId('card-status').getAttribute('data-status')).toBe('NORMAL')
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥50.00')
      await expect.poll(() => page.getByTestId('card-history').textContent()).toContain('+30.00')
      expect(await page.getByTestId('card-history').textContent()).toContain('+20.00')

      // the desk reader on a fresh Cards page finds the new card by its serial
      await page.goto(`${ADMIN_URL}cards`)
      await expect.poll(() => focusedTestId(page)).toBe('card-reader')
      await page.keyboard.type(newSerial)
      await page.keyboard.press('Enter')
      await expect.poll(() => page.getByTestId('card-serial').textContent()).toBe(newSerial)
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥50.00')

      // the replaced card no longer reads: the catalogue message, and no card left on screen to act on
      await page.getByTestId('card-reader').fill(firstSerial)
      await page.getByTestId('card-reader').press('Enter')
      await expect.poll(() => page.getByTestId('cards-error').textContent()).toContain('资源不存在')
      expect(await page.getByTestId('card-panel').count()).toBe(0)
    })
  })
})
