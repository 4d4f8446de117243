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

/** Opens a master-data screen through the side menu (the sub-menu opens first when it is closed). */
async function openScreen(page: Page, name: string): Promise<void> {
  const item = page.getByTestId(`menu-${name}`)
  if (!(await item.isVisible())) await page.getByTestId('menu-master-data').locator('.el-sub-menu__title').click()
  await item.click()
  await page.waitForURL((url) => url.pathname === `/admin/${name}`)
}

async function dialogClosed(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor({ state: 'hidden' })
}

describe(`master data at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('adds a department, a card type with a daily limit, the maximum balance and a merchant with an outlet', async () => {
    const tag = randomDigits(6)
    const department = `E2E部门${tag}`
    const cardType = `E2E卡类${tag}`
    const merchant = `E2E商户${tag}`
    const outlet = `E2E餐厅${tag}`
    const maxBalance = `${5000 + Number(tag.slice(0, 3))}.${tag.slice(3, 5)}`
    session = await openBrowser()
    await withScreenshot(session, 'master-data-journey', async (page) => {
      await signIn(page)

      // 部门: a child of the root gets the root's code plus two digits
      await openScreen(page, 'org')
      await page.getByTestId('org-node-0').waitFor()
      await page.getByTestId('org-add-0').click()
      expect(await page.getByTestId('org-dialog-parent').textContent()).toContain('0 ')
      const preview = (await page.getByTestId('org-code-preview').textContent()) ?? ''
      expect(preview).toMatch(/^0\d\d$/)
      await page.getByTestId('org-name').fill(department)
      await page.getByTestId('org-submit').click()
      await dialogClosed(page, 'org-dialog')
      await page.getByTestId(`org-node-${preview}`).waitFor()
      expect(await page.getByTestId(`org-node-${preview}`).textContent()).toContain(department)

      // 卡类 with a per-day amount limit, typed in yuan
      await openScreen(page, 'card-types')
      await page.getByTestId('card-type-create').click()
      await page.getByTestId('card-type-name').fill(cardType)
      await page.getByTestId('card-type-perDayAmountLimitFen').fill('30.50')
      await page.getByTestId('card-type-submit').click()
      await dialogClosed(page, 'card-type-dialog')
      await page.getByTestId('card-types-filter').fill(cardType)
      await expect.poll(() => page.getByTestId('card-types-table').textContent()).toContain(cardType)
      expect(await page.getByTestId('card-types-table').textContent()).toContain('30.50')

      // 系统参数: the maximum card balance, saved and read back after a reload
      await openScreen(page, 'settings')
      const max = page.getByTestId('param-maxCardBalanceFen')
      await expect.poll(() => max.inputValue()).toMatch(/^\d+\.\d{2}$/)
      await max.fill(maxBalance)
      // wait for the save itself: an earlier screen's success message may still be showing
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/parameters') && r.request().method() === 'PUT')
      await page.getByTestId('settings-save').click()
      expect((await saved).status()).toBe(200)
      await page.reload()
      await expect.poll(() => page.getByTestId('param-maxCardBalanceFen').inputValue()).toBe(maxBalance)

      // 商户 and its 餐厅: the new merchant is selected, its outlets are shown beside it
      await openScreen(page, 'merchants')
      await page.getByTestId('merchant-create').click()
      await page.getByTestId('merchant-name').fill(merchant)
      await page.getByTestId('merchant-contact').fill('王经理')
      await page.getByTestId('merchant-submit').click()
      await dialogClosed(page, 'merchant-dialog')
      await expect.poll(() => page.getByTestId('outlet-list').textContent()).toContain(merchant)
      await page.getByTestId('outlet-create').click()
      await page.getByTestId('outlet-name').fill(outlet)
      await page.getByTestId('outlet-submit').click()
      await dialogClosed(page, 'outlet-dialog')
      await expect.poll(() => page.getByTestId('outlets-table').textContent()).toContain(outlet)
      expect(await page.getByTestId('outlets-table').textContent()).toContain('食堂')
      const row = page.getByTestId('merchants-table').locator('tr', { hasText: merchant })
      await expect.poll(() => row.textContent()).toContain('王经理')
      await expect.poll(async () => (await row.locator('td').nth(3).textContent())?.trim()).toBe('1')
    })
  })
})
