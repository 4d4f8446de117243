import { createHmac } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

// infra/dev/e2e.sh starts the server as a centre with this one site registered
const SITE = 'E2E'
const SECRET = 'e2e-site-secret-e2e-site-secret-e2e'
const UP = '/api/site-exchange/up'

/** A request as a site sends it: signed with its secret over path, code, time and body. */
async function siteUp(records: unknown[]): Promise<Response> {
  const body = JSON.stringify({ records })
  const time = Math.floor(Date.now() / 1000).toString()
  const signature = createHmac('sha256', SECRET).update(`${UP}\n${SITE}\n${time}\n`).update(body).digest('hex')
  return fetch(`${BASE_URL}${UP}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Site-Code': SITE, 'X-Site-Time': time, 'X-Site-Signature': signature },
    body,
  })
}

describe(`sites at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it("shows a site's link up after it called, and down with the centre's refusal after a bad batch", async () => {
    const token = await adminToken()
    const status = await call<{ role: string }>(token, 'GET', '/api/sites/status')
    expect(status.role, 'start the server with --onecard.sites.role=CENTRE (see infra/dev/e2e.sh)').toBe('CENTRE')
    expect((await siteUp([])).status).toBe(200)

    session = await openBrowser()
    await withScreenshot(session, 'sites-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-sites').click()
      await page.waitForURL((url) => url.pathname === '/admin/sites')
      await expect.poll(() => page.getByTestId('sites-role').textContent()).toContain('HQ')
      await expect.poll(() => page.getByTestId(`site-state-${SITE}`).textContent()).toMatch(/正常|Up/)

      // a record that skips numbers: the centre refuses it (8083) and the screen shows the link down with why
      const gap = { seq: 1_000_000, key: `e2e-${Date.now()}`, kind: 'RECHARGE_CASH', occurredAt: new Date().toISOString(), lines: [] }
      expect((await siteUp([gap])).status).toBe(409)
      await page.getByTestId('sites-refresh').click()
      await expect.poll(() => page.getByTestId(`site-state-${SITE}`).textContent()).toMatch(/中断|Down/)
      await expect.poll(() => page.getByTestId(`site-error-${SITE}`).textContent()).toContain('8083')

      // the next good call clears it
      expect((await siteUp([])).status).toBe(200)
      await page.getByTestId('sites-refresh').click()
      await expect.poll(() => page.getByTestId(`site-state-${SITE}`).textContent()).toMatch(/正常|Up/)
    })
  })
})
