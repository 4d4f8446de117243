import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, confirm, freeMachineNo, randomDigits, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

const DEMO_OUTLET = '第一食堂'

/** The terminal with this serial, as the server keeps it. */
async function deviceBySerial(serial: string): Promise<{ mode: string; keyValues: { keyNo: number; amountFen: number }[] }> {
  const token = await adminToken()
  const res = await fetch(`${BASE_URL}/api/terminals?size=200`, { headers: { Authorization: `Bearer ${token}` } })
  const items = ((await res.json()) as { items: { serial: string; mode: string; keyValues: { keyNo: number; amountFen: number }[] }[] }).items
  const found = items.find((t) => t.serial === serial)
  if (!found) throw new Error(`no terminal with serial ${serial}`)
  return found
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

  it('registers a key-value device with its keys, which the server keeps and the edit dialog shows again', async () => {
    const machineNo = await freeMachineNo()
    const serial = `E2E-KV-${randomDigits(6)}`
    session = await openBrowser()
    await withScreenshot(session, 'devices-key-value', async (page) => {
      await signIn(page)
      await openDevices(page)

      await page.getByTestId('device-create').click()
      await page.getByTestId('device-machine-no').fill(String(machineNo))
      await page.getByTestId('device-serial').fill(serial)
      await page.getByTestId('device-outlet').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: DEMO_OUTLET }).first().click()
      await page.getByTestId('device-mode').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '键值消费' }).first().click()
      await page.getByTestId('mode-key-add').click()
      await page.getByTestId('mode-key-add').click()
      await page.getByTestId('mode-key-no-1').fill('7')
      await page.getByTestId('mode-key-amount-0').fill('5')
      await page.getByTestId('mode-key-amount-1').fill('12.50')
      await page.getByTestId('device-submit').click()
      await page.getByTestId('device-key-close').click()

      const saved = await deviceBySerial(serial)
      expect(saved.mode).toBe('KEY_VALUE')
      expect(saved.keyValues).toEqual([{ keyNo: 1, amountFen: 500 }, { keyNo: 7, amountFen: 1250 }])

      await page.getByTestId(`device-edit-${machineNo}`).click()
      await expect.poll(() => page.getByTestId('mode-key-no-1').inputValue()).toBe('7')
      expect(await page.getByTestId('mode-key-amount-1').inputValue()).toBe('12.50')
    })
  })
  it('keeps a device\'s operators and supervisor: adds them, resets a password, disables and deletes one', async () => {
    const machineNo = await freeMachineNo()
    const serial = `E2E-OP-${randomDigits(6)}`
    session = await openBrowser()
    await withScreenshot(session, 'devices-operators', async (page) => {
      await signIn(page)
      await openDevices(page)
      await page.getByTestId('device-create').click()
      await page.getByTestId('device-machine-no').fill(String(machineNo))
      await page.getByTestId('device-serial').fill(serial)
      await page.getByTestId('device-outlet').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: DEMO_OUTLET }).first().click()
      await page.getByTestId('device-submit').click()
      await page.getByTestId('device-key-close').click()

      await page.getByTestId(`device-operators-${machineNo}`).click()
      const dialog = page.getByTestId('operators-dialog')
      await dialog.waitFor()
      for (const [no, name, password] of [['00', '主管', '123456'], ['01', '收银员甲', '1234']]) {
        await page.getByTestId('operator-create').click()
        await page.getByTestId('operator-no').fill(no!)
        await page.getByTestId('terminal-operator-name').fill(name!)
        await page.getByTestId('operator-password').fill(password!)
        await page.getByTestId('operator-submit').click()
        await expect.poll(() => page.getByTestId('operators-table').textContent()).toContain(name!)
      }
      expect(await page.getByTestId('operators-table').textContent()).toContain('主管')

      // the same number again is refused with the catalogue's words
      await page.getByTestId('operator-create').click()
      await page.getByTestId('operator-no').fill('01')
      await page.getByTestId('terminal-operator-name').fill('重复')
      await page.getByTestId('operator-password').fill('1234')
      await page.getByTestId('operator-submit').click()
      await expect.poll(() => page.getByTestId('operators-error').textContent()).toContain('已有此编号')

      await page.getByTestId('operator-reset-01').click()
      await page.getByTestId('operator-new-password').fill('4321')
      await page.getByTestId('operator-reset-submit').click()
      await page.getByTestId('operator-toggle-01').click()
      await expect.poll(async () => (await page.getByTestId('operator-state-01').textContent())?.trim()).toBe('停用')
      await page.getByTestId('operator-delete-01').click()
      await confirm(page, '01 收银员甲')
      await expect.poll(() => page.getByTestId('operators-table').textContent()).not.toContain('收银员甲')
    })
  })
})
