import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, confirm, personWithCard, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

describe(`receipts at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('prints the receipt of a recharge in a tab of its own, and the desk tab stays signed in', async () => {
    const holder = await personWithCard(await adminToken(), '凭证测试')
    session = await openBrowser()
    const { context } = session
    await withScreenshot(session, 'receipt-journey', async (page) => {
      await signIn(page)
      await page.goto(`${ADMIN_URL}cards?id=${holder.cardId}`)
      await page.getByTestId('card-action-recharge').click()
      await page.getByTestId('recharge-amount').fill('30.00')
      await page.getByTestId('recharge-submit').click()
      await confirm(page, '30.00')
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥30.00')

      const link = page.locator('[data-testid^="receipt-link-"]')
      const [receipt] = await Promise.all([context.waitForEvent('page'), link.click()])
      await receipt.getByTestId('receipt').waitFor()
      expect(await receipt.getByTestId('receipt-title').textContent()).toContain('充值')
      expect(await receipt.getByTestId('receipt-total').textContent()).toBe('¥30.00')
      expect(await receipt.getByTestId('receipt-cash').textContent()).toBe('¥30.00')
      expect(await receipt.getByTestId('receipt-card-no').textContent()).toBeTruthy()
      expect(await receipt.getByTestId('receipt-operator').textContent()).toBeTruthy()

      // the ticket was spent: a reload of the print tab asks to sign in instead of reusing it
      await receipt.reload()
      await receipt.getByTestId('receipt-login').waitFor()
      expect(await receipt.getByTestId('receipt').count()).toBe(0)

      // the desk tab's own session was never shared: a reload refreshes it and the card shows again
      await page.reload()
      await expect.poll(() => page.getByTestId('card-cash').textContent()).toBe('¥30.00')
      expect(new URL(page.url()).pathname).toBe('/admin/cards')
    })
  })
})
