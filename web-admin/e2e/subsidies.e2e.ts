import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, confirm, getCard, personWithCard, readCardInto, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

/** The id and status of the newest subsidy in the table. */
async function newestSubsidy(page: Page): Promise<{ id: string; status: string | null }> {
  const tag = page.locator('[data-testid^="subsidy-status-"]').first()
  await tag.waitFor()
  const testid = (await tag.getAttribute('data-testid')) ?? ''
  return { id: testid.replace('subsidy-status-', ''), status: await tag.getAttribute('data-status') }
}

async function statusOf(page: Page, id: string): Promise<string | null> {
  return page.getByTestId(`subsidy-status-${id}`).getAttribute('data-status')
}

describe(`subsidies at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('registers a subsidy, distributes it into the card, and reverses it', async () => {
    const token = await adminToken()
    const holder = await personWithCard(token, '补贴测试')
    session = await openBrowser()
    await withScreenshot(session, 'subsidy-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-subsidies').click()
      await page.waitForURL((url) => url.pathname === '/admin/subsidies')

      // 登记补贴 88.80 for the person found by employee number, not distributed yet
      await page.getByTestId('subsidy-register').click()
      await page.getByTestId('subsidy-person-employee').click()
      await page.keyboard.type(holder.employeeNo)
      await page.getByTestId(`subsidy-person-option-${holder.employeeNo}`).click()
      await expect.poll(() => page.getByTestId('subsidy-person-picked').textContent()).toContain(holder.name)
      await page.getByTestId('subsidy-amount').fill('88.80')
      await page.getByTestId('subsidy-register-submit').click()
      await confirm(page, '88.80')
      await page.getByTestId('subsidy-register-dialog').waitFor({ state: 'hidden' })

      // only this person's subsidies: filter by reading their card
      await readCardInto(page, 'subsidy-filter-person', holder.serial)
      await page.getByTestId('subsidy-search').click()
      await expect.poll(async () => (await newestSubsidy(page)).status).toBe('REGISTERED')
      const { id } = await newestSubsidy(page)
      expect(await page.getByTestId('subsidies-table').textContent()).toContain('88.80')
      expect(await page.getByTestId(`subsidy-status-${id}`).textContent()).toContain('已登记')

      // 下发 the selected row: the person holds a usable card, so it is received at once
      await page.getByTestId('subsidies-table').locator('.el-table__body-wrapper .el-checkbox').first().click()
      await page.getByTestId('subsidy-distribute').click()
      await confirm(page, '1')
      await expect.poll(() => statusOf(page, id)).toBe('CLAIMED')
      expect(await page.getByTestId(`subsidy-status-${id}`).textContent()).toContain('已领取')
      expect(await page.getByTestId(`subsidy-delete-${id}`).count()).toBe(0)

      // the card shows the subsidy balance
      await page.goto(`${ADMIN_URL}cards?id=${holder.cardId}`)
      await expect.poll(() => page.getByTestId('card-subsidy').textContent()).toBe('¥88.80')

      // 冲销: the dialog says what goes back, and the wallet is empty again
      await page.goto(`${ADMIN_URL}subsidies`)
      await readCardInto(page, 'subsidy-filter-person', holder.serial)
      await page.getByTestId('subsidy-search').click()
      await expect.poll(() => statusOf(page, id)).toBe('CLAIMED')
      await page.getByTestId(`subsidy-reverse-${id}`).click()
      expect(await page.getByTestId('subsidy-reverse-text').textContent()).toContain('收回 ¥88.80')
      await page.getByTestId('subsidy-reverse-submit').click()
      await page.getByTestId('subsidy-reverse-dialog').waitFor({ state: 'hidden' })
      await expect.poll(() => statusOf(page, id)).toBe('REVERSED')
      expect(await page.getByTestId(`subsidy-reverse-${id}`).count()).toBe(0)
      expect((await getCard(token, holder.cardId)).subsidyFen).toBe(0)
    })
  })

  it('refuses to delete a distributed subsidy: only registered ones offer delete', async () => {
    const token = await adminToken()
    const holder = await personWithCard(token, '补贴删除')
    session = await openBrowser()
    await withScreenshot(session, 'subsidy-delete', async (page) => {
      await signIn(page)
      await page.goto(`${ADMIN_URL}subsidies`)
      await page.getByTestId('subsidy-register').click()
      await readCardInto(page, 'subsidy-person', holder.serial)
      await page.getByTestId('subsidy-amount').fill('5')
      await page.getByTestId('subsidy-register-submit').click()
      await confirm(page, '5.00')
      await readCardInto(page, 'subsidy-filter-person', holder.serial)
      await page.getByTestId('subsidy-search').click()
      await expect.poll(async () => (await newestSubsidy(page)).status).toBe('REGISTERED')
      const { id } = await newestSubsidy(page)
      expect(await page.getByTestId(`subsidy-reverse-${id}`).count()).toBe(0)
      await page.getByTestId(`subsidy-delete-${id}`).click()
      await confirm(page, '5.00')
      await expect.poll(() => statusOf(page, id)).toBe('DELETED')
      expect((await getCard(token, holder.cardId)).subsidyFen).toBe(0)
    })
  })
})
