import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, confirm, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

// The cardholder of the demo data who recharges on the phone (see mobile-h5's e2e).
const CARDHOLDER = { employeeNo: '1001', password: '123456' }

async function cardholderToken(): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/h5/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(CARDHOLDER),
  })
  if (!res.ok) throw new Error(`cardholder login failed: HTTP ${res.status} ${await res.text()}`)
  return ((await res.json()) as { accessToken: string }).accessToken
}

/** A recharge the cardholder pays on the simulator's page (as the phone's wallet app would): PAID and credited. */
async function paidOrder(token: string, amountFen: number): Promise<string> {
  const order = await call<{ orderNo: string; payUrl: string }>(token, 'POST', '/api/h5/payments/orders', { channel: 'WECHAT', amountFen })
  expect(order.payUrl).toMatch(/\/sim\/pay\/WECHAT\//)
  // the page's own address on the server under test, whatever host the order names
  const paid = await fetch(`${BASE_URL}${new URL(order.payUrl, BASE_URL).pathname}`, { method: 'POST' })
  if (!paid.ok) throw new Error(`paying ${order.orderNo} on the simulator failed: HTTP ${paid.status}`)
  expect(await paid.text()).toContain('支付成功')
  return order.orderNo
}

const cashOf = async (token: string) => (await call<{ cashFen: number }>(token, 'GET', '/api/h5/me')).cashFen

async function openMenu(page: Page, item: string, path: string): Promise<void> {
  if (!(await page.getByTestId(`menu-${item}`).isVisible())) await page.getByTestId('menu-payments').click()
  await page.getByTestId(`menu-${item}`).click()
  await page.waitForURL((url) => url.pathname === `/admin${path}`)
}

describe(`online payments at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('finds a paid recharge, refunds part of it once, sees its notification and reconciles the day', async () => {
    const holder = await cardholderToken()
    const before = await cashOf(holder)
    const orderNo = await paidOrder(holder, 2345)
    expect(await cashOf(holder)).toBe(before + 2345)

    session = await openBrowser()
    await withScreenshot(session, 'payments-journey', async (page) => {
      let refundCalls = 0
      const keys = new Set<string>()
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith(`/api/payments/orders/${orderNo}/refunds`)) {
          refundCalls++
          keys.add(r.headers()['idempotency-key'] ?? '')
        }
      })
      await signIn(page)
      await openMenu(page, 'payment-orders', '/payments/orders')

      // the order, paid and credited
      await page.getByTestId('orders-filter-no').fill(orderNo)
      await page.getByTestId('orders-search').click()
      await expect.poll(() => page.getByTestId(`order-status-${orderNo}`).getAttribute('data-status')).toBe('PAID')
      expect(await page.getByTestId(`order-status-${orderNo}`).textContent()).toContain('已支付入账')
      expect(await page.getByTestId('orders-table').textContent()).toContain('23.45')

      await page.getByTestId(`order-open-${orderNo}`).click()
      await expect.poll(() => page.getByTestId('order-no').textContent()).toBe(orderNo)
      await expect.poll(() => page.getByTestId('order-timeline').textContent()).toContain('现金钱包入账 ¥23.45')
      expect(await page.getByTestId('order-timeline').textContent()).toContain('收到通知：已入账')

      // asking the gateway again changes nothing: the payment was credited once
      await page.getByTestId('order-query').click()
      await page.locator('.el-message--success').filter({ hasText: '订单仍为：已支付入账' }).waitFor()

      // more than was paid is refused here, before anything is sent
      await page.getByTestId('order-refund').click()
      await expect.poll(() => page.getByTestId('refund-refundable').textContent()).toBe('¥23.45')
      await page.getByTestId('refund-amount').fill('23.46')
      await page.getByTestId('refund-submit').click()
      await page.getByTestId('refund-dialog').getByText('最多可退 ¥23.45').waitFor()
      expect(refundCalls).toBe(0)

      // 10.05 back, asked twice in a row from the same dialog: one key, one refund
      await page.getByTestId('refund-amount').fill('10.05')
      await page.getByTestId('refund-reason').fill('多充')
      await page.getByTestId('refund-submit').click()
      await confirm(page, '¥10.05')
      await page.getByTestId('refund-dialog').waitFor({ state: 'hidden' })
      await expect.poll(() => page.getByTestId('order-status').getAttribute('data-status')).toBe('REFUNDED')
      expect(await page.getByTestId('order-refunded').textContent()).toBe('¥10.05')
      await expect.poll(() => page.getByTestId('order-refunds').textContent()).toContain('10.05')
      expect(await page.getByTestId('order-refunds').textContent()).toContain('成功')
      expect(await page.getByTestId('order-timeline').textContent()).toContain('申请退款 ¥10.05：成功')
      expect(refundCalls).toBe(1)
      expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/)
      expect(await cashOf(holder)).toBe(before + 2345 - 1005)

      // the same key sent again (a retry after a lost answer) refunds nothing more
      const admin = await adminToken()
      const [key] = [...keys]
      const retry = await fetch(`${BASE_URL}/api/payments/orders/${orderNo}/refunds`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json', 'Idempotency-Key': key ?? randomUUID() },
        body: JSON.stringify({ amountFen: 1005, reason: '多充' }),
      })
      expect(retry.status).toBe(200)
      expect(await cashOf(holder)).toBe(before + 2345 - 1005)

      // the list shows the new state too
      await page.keyboard.press('Escape')
      await expect.poll(() => page.getByTestId(`order-status-${orderNo}`).getAttribute('data-status')).toBe('REFUNDED')
      expect(await page.getByTestId(`order-refunded-${orderNo}`).textContent()).toBe('10.05')

      // the gateway's notification of the payment, verified and credited
      await openMenu(page, 'payment-notifications', '/payments/notifications')
      await page.getByTestId('notifications-filter-no').fill(orderNo)
      await page.getByTestId('notifications-search').click()
      await expect.poll(() => page.getByTestId('notifications-table').textContent()).toContain(orderNo)
      const outcome = page.locator('[data-testid^="notification-outcome-"]').first()
      expect(await outcome.getAttribute('data-outcome')).toBe('CREDITED')
      expect(await page.getByTestId('notifications-table').textContent()).toContain('微信支付')

      // today's WeChat statement against the ledger: the order matched, with the amount paid
      await openMenu(page, 'payment-reconciliation', '/payments/reconciliation')
      await page.getByTestId('reconcile-run').click()
      await expect.poll(() => page.getByTestId(`reconcile-row-${orderNo}`).getAttribute('data-group')).toBe('matched')
      const row = page.locator('[data-testid="reconcile-rows"] tr').filter({ hasText: orderNo })
      expect(await row.textContent()).toContain('23.45')
      expect(Number(await page.getByTestId('reconcile-count-matched').textContent())).toBeGreaterThanOrEqual(1)

      // the rest goes back too, so the demo cardholder's balance is as before (mobile-h5's e2e expects it)
      await call(admin, 'POST', `/api/payments/orders/${orderNo}/refunds`, { amountFen: 2345 - 1005, reason: 'e2e' })
      expect(await cashOf(holder)).toBe(before)
    })
  })
})
