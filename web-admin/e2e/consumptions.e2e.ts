import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, confirm, getCard, personWithCard, readCardInto, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

/** "YYYY-MM-DD HH:mm:ss" in the machine's time zone, which the headless browser shares. */
function pickerText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}

async function newestPostingId(page: Page): Promise<string> {
  const button = page.locator('[data-testid^="consumption-correct-"]').first()
  await button.waitFor()
  return ((await button.getAttribute('data-testid')) ?? '').replace('consumption-correct-', '')
}

describe(`consumption corrections at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('enters a supplementary consumption, corrects it with a refund and prints its receipt', async () => {
    const token = await adminToken()
    const holder = await personWithCard(token, '补单测试', 5000)
    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'consumption-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-consumptions').click()
      await page.waitForURL((url) => url.pathname === '/admin/consumptions')

      // 补录消费 12.00 at 第一食堂, an hour ago, for the holder of the card read
      await page.getByTestId('supplement-open').click()
      await readCardInto(page, 'supplement-person', holder.serial)
      await page.getByTestId('supplement-outlet').click()
      await page.locator('.el-popper:visible').getByText('第一食堂', { exact: true }).click()
      await page.getByTestId('supplement-terminal').fill('T01')
      const time = page.getByTestId('supplement-time').locator('input')
      await time.click()
      await time.fill(pickerText(new Date(Date.now() - 3_600_000)))
      await time.press('Enter')
      await page.getByTestId('supplement-amount').fill('12.00')
      await page.getByTestId('supplement-submit').click()
      await confirm(page, '12.00')
      await page.getByTestId('supplement-dialog').waitFor({ state: 'hidden' })

      await readCardInto(page, 'consumption-filter-person', holder.serial)
      await page.getByTestId('consumption-search').click()
      await expect.poll(() => page.getByTestId('consumptions-table').textContent()).toContain('补单')
      const postingId = await newestPostingId(page)
      expect(await page.getByTestId('consumptions-table').textContent()).toContain('12.00')
      expect((await getCard(token, holder.cardId)).cashFen).toBe(3800)

      // 更正 to 10.00: 2.00 goes back to the card
      await page.getByTestId(`consumption-correct-${postingId}`).click()
      expect(await page.getByTestId('correction-original').textContent()).toBe('¥12.00')
      await page.getByTestId('correction-amount').fill('10.00')
      await expect.poll(() => page.getByTestId('correction-effect').textContent()).toContain('将退还 ¥2.00')
      await page.getByTestId('correction-submit').click()
      await confirm(page, '10.00')
      await page.getByTestId('correction-dialog').waitFor({ state: 'hidden' })
      await expect.poll(() => page.getByTestId(`consumption-corrected-${postingId}`).textContent()).toBe('10.00')
      expect(await page.getByTestId(`consumption-correct-${postingId}`).isDisabled()).toBe(true)
      expect((await getCard(token, holder.cardId)).cashFen).toBe(4000)

      // the receipt opens in a new tab that borrows this tab's session, without signing in again
      const [receipt] = await Promise.all([context.waitForEvent('page'), page.getByTestId(`receipt-link-${postingId}`).first().click()])
      await receipt.getByTestId('receipt').waitFor()
      expect(await receipt.getByTestId('receipt').getAttribute('data-posting-id')).toBe(postingId)
      expect(await receipt.getByTestId('receipt-person').textContent()).toBe(holder.name)
      expect(await receipt.getByTestId('receipt-total').textContent()).toMatch(/^¥-?\d+\.\d{2}$/)
      expect(new URL(receipt.url()).hash).toBe('')
      expect(await receipt.getByTestId('receipt-print').isVisible()).toBe(true)
      expect(await receipt.getByTestId('side-menu').count()).toBe(0)
    })
  })
})
