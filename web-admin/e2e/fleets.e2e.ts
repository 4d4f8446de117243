import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

/** Opens a master-data screen through the side menu (the sub-menu opens first when it is closed). */
async function openScreen(page: Page, name: string): Promise<void> {
  const item = page.getByTestId(`menu-${name}`)
  if (!(await item.isVisible())) await page.getByTestId('menu-master-data').locator('.el-sub-menu__title').click()
  await item.click()
  await page.waitForURL((url) => url.pathname === `/admin/${name}`)
}

async function pickDate(page: Page, dialog: string, date: string): Promise<void> {
  const input = page.getByTestId(dialog).locator('.el-date-editor input')
  await input.fill(date)
  await input.press('Enter')
}

describe(`fleets and vehicles at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('adds a fleet company and a vehicle, then moves its cylinder date with a note kept in its history', async () => {
    const tag = randomDigits(5)
    const code = `E2E${tag}`
    const fleet = `E2E车队${tag}`
    const plate = `浙A${tag}`
    session = await openBrowser()
    await withScreenshot(session, 'fleets-journey', async (page) => {
      await signIn(page)

      // 车队: the code is upper-cased by the server
      await openScreen(page, 'fleets')
      await page.getByTestId('fleet-create').click()
      await page.getByTestId('fleet-code').fill(code.toLowerCase())
      await page.getByTestId('fleet-name').fill(fleet)
      await page.getByTestId('fleet-contact').fill('周经理')
      await page.getByTestId('fleet-submit').click()
      await page.getByTestId('fleet-dialog').waitFor({ state: 'hidden' })
      await page.getByTestId('fleets-search').fill(code)
      await page.getByTestId('fleets-search-button').click()
      await expect.poll(() => page.getByTestId('fleets-table').textContent()).toContain(fleet)
      expect(await page.getByTestId('fleets-table').textContent()).toContain(code)

      // 车辆: a plate typed in lower case with a dot; a wrong ID check digit is caught in the form
      await openScreen(page, 'vehicles')
      await page.getByTestId('vehicle-create').click()
      await page.getByTestId('vehicle-plate').fill(`浙a·${tag}`)
      await page.getByTestId('vehicle-driver').fill('赵师傅')
      await page.getByTestId('vehicle-id-no').fill('110105194912310021')
      await page.getByTestId('vehicle-fleet').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: fleet }).first().click()
      await pickDate(page, 'vehicle-dialog', '2030-01-31')
      await page.getByTestId('vehicle-submit').click()
      await expect.poll(() => page.getByTestId('vehicle-dialog').textContent()).toContain('身份证号格式或校验位不正确')
      await page.getByTestId('vehicle-id-no').fill('11010519491231002X')
      await page.getByTestId('vehicle-submit').click()
      await page.getByTestId('vehicle-dialog').waitFor({ state: 'hidden' })
      await page.getByTestId('vehicles-search').fill(plate)
      await page.getByTestId('vehicles-search-button').click()
      await expect.poll(() => page.getByTestId('vehicles-table').textContent()).toContain(plate)
      expect(await page.getByTestId('vehicles-table').textContent()).toContain('2030-01-31')
      expect(await page.getByTestId('vehicles-table').textContent()).toContain(fleet)

      // 变更钢瓶检验日期: its own act with a note, shown in the dialog's history
      await page.getByTestId('vehicle-cylinder').first().click()
      await pickDate(page, 'cylinder-dialog', '2031-05-31')
      await page.getByTestId('cylinder-note').fill('年检合格')
      await page.getByTestId('cylinder-submit').click()
      const history = page.getByTestId('cylinder-history')
      await expect.poll(() => history.textContent()).toContain('年检合格')
      expect(await history.textContent()).toContain('2030-01-31')
      expect(await history.textContent()).toContain('2031-05-31')
      await expect.poll(() => page.getByTestId('cylinder-dialog').textContent()).toContain('2031-05-31')
      await page.getByTestId('cylinder-dialog').locator('.el-dialog__headerbtn').click()
      await expect.poll(() => page.getByTestId('vehicles-table').textContent()).toContain('2031-05-31')
    })
  })
})
