import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, confirm, randomDigits, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

const DEMO_OUTLET = '第一食堂'

/** A machine number no terminal has yet (the server refuses a taken one with 5070). */
async function freeMachineNo(): Promise<number> {
  const token = await adminToken()
  const res = await fetch(`${BASE_URL}/api/terminals?size=200`, { headers: { Authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET /api/terminals: HTTP ${res.status} ${await res.text()}`)
  const taken = new Set(((await res.json()) as { items: { machineNo: number }[] }).items.map((t) => t.machineNo))
  const free = Array.from({ length: 900 }, (_, i) => 100 + i).filter((n) => !taken.has(n))
  const pick = free[Math.floor(Math.random() * free.length)]
  if (pick === undefined) throw new Error('no free machine number from 100 to 999')
  return pick
}

async function openDevices(page: Page): Promise<void> {
  const item = page.getByTestId('menu-devices')
  if (!(await item.isVisible())) await page.getByTestId('menu-master-data').locator('.el-sub-menu__title').click()
  await item.click()
  await page.waitForURL((url) => url.pathname === '/admin/devices')
}

describe(`devices at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('registers a device for the demo outlet, shows its key once, then disables it', async () => {
    const machineNo = await freeMachineNo()
    const serial = `E2E-${randomDigits(8)}`
    session = await openBrowser()
    await withScreenshot(session, 'devices-journey', async (page) => {
      await signIn(page)
      await openDevices(page)

      await page.getByTestId('device-create').click()
      await page.getByTestId('device-machine-no').fill(String(machineNo))
      await page.getByTestId('device-serial').fill(serial)
      await page.getByTestId('device-model').fill('E2E-POS')
      await page.getByTestId('device-outlet').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: DEMO_OUTLET }).first().click()
      await page.getByTestId('device-submit').click()

      // the MAC key: 32 bytes as 64 hex digits, with the warning that it is shown only once
      const key = page.getByTestId('device-key')
      await key.waitFor()
      expect((await key.textContent())?.trim()).toMatch(/^[0-9a-f]{64}$/)
      expect(await page.getByTestId('device-key-warning').textContent()).toContain('只显示这一次')
      await page.getByTestId('device-key-close').click()
      await page.getByTestId('device-key-dialog').waitFor({ state: 'hidden' })

      const row = page.getByTestId('devices-table').locator('tr', { hasText: serial })
      await expect.poll(() => row.textContent()).toContain(DEMO_OUTLET)
      expect(await row.textContent()).toContain(String(machineNo).padStart(8, '0'))
      const state = page.getByTestId(`device-state-${machineNo}`)
      await expect.poll(async () => (await state.textContent())?.trim()).toBe('启用')

      await page.getByTestId(`device-toggle-${machineNo}`).click()
      await confirm(page, `${machineNo} 号机`)
      await expect.poll(async () => (await state.textContent())?.trim()).toBe('停用')
    })
  })
})
