import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { connectTerminal, type Terminal } from './terminal'

const DEMO_OUTLET = '第一食堂'

async function demoOutletId(token: string): Promise<number> {
  const outlets = await call<{ items: { id: number; name: string }[] }>(token, 'GET', '/api/outlets?size=200')
  const outlet = outlets.items.find((o) => o.name === DEMO_OUTLET)
  if (!outlet) throw new Error(`the demo data has no outlet ${DEMO_OUTLET}`)
  return outlet.id
}

function rows(page: Page) {
  return page.getByTestId('monitor-table').locator('tbody tr')
}

describe(`live monitor at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let terminal: Terminal | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    terminal?.close()
    terminal = undefined
    await session?.close()
    session = undefined
  })

  it('shows purchases from a terminal as they happen, filters refusals, pauses, and the device shows online', async () => {
    const token = await adminToken()
    const outletId = await demoOutletId(token)
    const serial = `62${randomDigits(10)}`
    await personWithCard(token, '监控测试', 5000, serial)
    terminal = await connectTerminal(token, outletId)
    const t = terminal
    session = await openBrowser()
    await withScreenshot(session, 'monitor-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-monitor').click()
      await page.waitForURL((url) => url.pathname === '/admin/monitor')
      await page.getByTestId('monitor-terminal').fill(String(t.machineNo))
      await page.getByTestId('monitor-terminal').press('Enter')
      await expect.poll(async () => (await page.getByTestId('monitor-state').textContent())?.trim()).toBe('实时')

      // the card pays (00 inside a meal period of the demo data, else a refusal such as 57): either way it shows
      const paid = await t.purchase(serial, 1250)
      await expect.poll(() => rows(page).count()).toBe(1)
      const first = (await rows(page).first().textContent()) ?? ''
      expect(first).toContain(`****${serial.slice(-4)}`)
      expect(first).toContain(`${paid[39]} `)
      expect(first).toContain(DEMO_OUTLET)

      // a card the server does not know: 14
      expect((await t.purchase('999999999999', 300))[39]).toBe('14')
      await expect.poll(() => rows(page).count()).toBe(2)
      expect(await rows(page).first().textContent()).toContain('14 无此卡')

      await page.getByTestId('monitor-refusals').click()
      await expect.poll(async () => (await rows(page).allTextContents()).some((r) => r.includes('14 无此卡'))).toBe(true)
      expect((await rows(page).allTextContents()).every((r) => !r.includes('00 成功'))).toBe(true)

      // paused: a new refusal waits, and joins the table on resume
      const before = await rows(page).count()
      await page.getByTestId('monitor-pause').click()
      await t.purchase('999999999998', 100)
      await expect.poll(async () => (await page.getByTestId('monitor-pause').textContent())?.trim()).toBe('继续（1 笔待显示）')
      expect(await rows(page).count()).toBe(before)
      await page.getByTestId('monitor-pause').click()
      await expect.poll(() => rows(page).count()).toBe(before + 1)

      // the devices page shows the terminal online while its connection is open
      await page.goto(`${ADMIN_URL}devices`)
      const dot = page.getByTestId(`device-online-${t.machineNo}`)
      await expect.poll(() => dot.getAttribute('data-online')).toBe('true')
    })
  })
})
