import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { connectTerminal, type Terminal } from './terminal'

interface Dashboard {
  timeZone: string
  total: { count: number; amountFen: number }
  terminals: { online: number }
}

describe(`dashboard at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let terminal: Terminal | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    terminal?.close()
    terminal = undefined
    await session?.close()
    session = undefined
  })

  it("shows a purchase in today's takings, the outlet's bar and the per-minute chart, and a terminal online", async () => {
    const token = await adminToken()
    const outletName = `看板食堂${randomDigits(6)}`
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: `看板商户${randomDigits(6)}` })
    const outlet = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: outletName, kind: 'CANTEEN' })
    const holder = await personWithCard(token, '看板测试', 10_000)
    terminal = await connectTerminal(token, outlet.id)
    // its first message binds the connection to the terminal: a card the server does not know (14), no money moves
    expect((await terminal.purchase('999999999999', 300))[39]).toBe('14')
    const before = await call<Dashboard>(token, 'GET', '/api/reports/dashboard')
    const at = new Date(Date.now() - 1_000)
    // the chart's minute labels are clock times in the card centre's zone, which the dashboard names
    const minute = new Intl.DateTimeFormat('en-GB', { timeZone: before.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)

    await call(token, 'POST', '/api/consumptions/supplementary', {
      personId: holder.personId, outletId: outlet.id, occurredAt: at.toISOString(), amountFen: 1_850,
    })

    session = await openBrowser()
    await withScreenshot(session, 'dashboard', async (page) => {
      await signIn(page)
      await page.getByTestId('dashboard-today').waitFor()

      // the outlet's bar carries its takings on hover (and as its label)
      const bar = page.getByTestId('dashboard-outlets').locator('[data-testid="chart-bar"]', { hasText: outletName })
      await expect.poll(() => bar.locator('title').textContent()).toBe(`${outletName}: 18.50`)
      expect(await bar.getByTestId('chart-value').textContent()).toContain('18.50')

      const count = Number((await page.getByTestId('dashboard-count').textContent())?.match(/\d+/)?.[0])
      expect(count).toBeGreaterThanOrEqual(before.total.count + 1)

      // sixty minutes, and the purchase's minute counts it
      const titles = await page.getByTestId('dashboard-minutes').locator('[data-testid="chart-point"] title').allTextContents()
      expect(titles).toHaveLength(60)
      const ofMinute = titles.find((t) => t.startsWith(`${minute}: `))
      expect(Number(ofMinute?.split(': ')[1])).toBeGreaterThanOrEqual(1)
      expect(await page.getByTestId('dashboard-minutes').locator('circle.is-nonzero').count()).toBeGreaterThan(0)

      const online = Number((await page.getByTestId('dashboard-terminals').textContent())?.trim().split(/\s/)[0])
      expect(online).toBeGreaterThanOrEqual(1)
    })
  })
})
