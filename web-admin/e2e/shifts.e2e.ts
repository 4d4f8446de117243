import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, freeMachineNo, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

const STATION = '城东加气站'

/** Opens a master-data screen through the side menu (the sub-menu opens first when it is closed). */
async function openScreen(page: Page, name: string): Promise<void> {
  const item = page.getByTestId(`menu-${name}`)
  if (!(await item.isVisible())) await page.getByTestId('menu-master-data').locator('.el-sub-menu__title').click()
  await item.click()
  await page.waitForURL((url) => url.pathname === `/admin/${name}`)
}

/** Element Plus puts a test id on the native input of an ElInput but on the wrapper of an ElInputNumber. */
async function fillIn(field: Locator, text: string): Promise<void> {
  const isInput = await field.evaluate((e) => e.tagName === 'INPUT')
  await (isInput ? field : field.locator('input')).fill(text)
}

async function pickOption(page: Page, select: string, text: string): Promise<void> {
  await page.getByTestId(select).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** A new dispenser at the demo gas station and two new staff cards made shift cards (kind SHIFT). */
async function station(): Promise<{ machineNo: number; serial: string; cards: string[] }> {
  const token = await adminToken()
  const outlets = await call<{ items: { id: number; name: string }[] }>(token, 'GET', '/api/outlets?size=200')
  const outlet = outlets.items.find((o) => o.name === STATION)
  if (!outlet) throw new Error(`the demo data has no ${STATION}`)
  const machineNo = await freeMachineNo()
  const serial = `E2E-D${randomDigits(8)}`
  await call(token, 'POST', '/api/terminals', { machineNo, serial, purpose: 'DISPENSER', outletId: outlet.id, mode: 'FREE_AMOUNT' })
  const cards: string[] = []
  for (const name of ['加气员甲', '加气员乙']) {
    const holder = await personWithCard(token, name)
    await call(token, 'PUT', `/api/cards/${holder.cardId}/kind`, { kind: 'SHIFT' })
    cards.push(holder.serial)
  }
  return { machineNo, serial, cards }
}

async function handOver(page: Page, out: string, into: string, readings: [string, string, string, string]): Promise<void> {
  await page.getByTestId('handover-open').click()
  const dialog = page.getByTestId('handover-dialog')
  await dialog.waitFor()
  await page.getByTestId('handover-outgoing').fill(out)
  await page.getByTestId('handover-incoming').fill(into)
  await fillIn(page.getByTestId('handover-volume-1'), readings[0])
  await fillIn(page.getByTestId('handover-amount-1'), readings[1])
  await fillIn(page.getByTestId('handover-volume-2'), readings[2])
  await fillIn(page.getByTestId('handover-amount-2'), readings[3])
  await page.getByTestId('handover-submit').click()
  await dialog.waitFor({ state: 'hidden' })
}

describe(`dispensers, shift teams and the shift report at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('sets up nozzles and a team, hands two shifts over and reads them in the history and the shift report', async () => {
    const s = await station()
    const [first, second] = s.cards as [string, string]
    session = await openBrowser()
    await withScreenshot(session, 'shifts-journey', async (page) => {
      await signIn(page)

      // 班组: a team of the station with both shift cards
      await openScreen(page, 'shift-teams')
      const code = `E${randomDigits(6)}`
      await page.getByTestId('team-code').fill(code)
      await page.getByTestId('team-name').fill(`早班${code}`)
      await pickOption(page, 'team-station', STATION)
      await page.getByTestId('team-create').click()
      const team = page.getByTestId('teams-table').locator('tr', { hasText: code })
      await team.waitFor()
      for (const serial of [first, second]) {
        await fillIn(team.getByTestId('member-serial'), serial)
        await team.getByTestId('member-add').click()
        await expect.poll(() => team.textContent()).toContain(serial)
      }

      // 加油机与油枪: nozzles 1 and 2 on the new dispenser
      await openScreen(page, 'dispensers')
      await page.getByTestId('dispensers-table').locator('tr', { hasText: s.serial }).click()
      for (const [no, product] of [['1', 'CNG'], ['2', 'CNG']] as const) {
        await fillIn(page.getByTestId('nozzle-no'), no)
        await fillIn(page.getByTestId('nozzle-product'), product)
        await page.getByTestId('nozzle-add').click()
        await expect.poll(async () => page.getByTestId('nozzles-table').locator('tbody tr').count()).toBe(Number(no))
      }

      // 交接班: the first shift starts, then hands over to the second card
      await handOver(page, '', first, ['100.00', '500.00', '200.00', '900.00'])
      await handOver(page, first, second, ['150.50', '750.00', '260.00', '1170.00'])
      await expect.poll(() => page.getByTestId('nozzles-table').textContent()).toContain('1170.00')

      // 交接班记录: both hand-overs, newest first; the second ended the first card's shifts
      await openScreen(page, 'shift-handovers')
      await pickOption(page, 'handovers-station', STATION)
      await page.getByTestId('handovers-search').click()
      const row = page.getByTestId('handovers-table').locator('tr', { hasText: second }).first()
      await row.waitFor()
      expect(await row.textContent()).toContain(first)
      await row.click()
      await expect.poll(() => page.getByTestId('handover-shifts').textContent()).toContain('250.00')

      // 班报: per shift and nozzle what the totaliser dispensed (50.50 / 250.00 and 60.00 / 270.00)
      await page.goto(`${ADMIN_URL}reports/shifts`)
      await pickOption(page, 'report-station', STATION)
      await page.getByTestId('report-run').click()
      const table = page.getByTestId('report-table')
      await expect.poll(() => table.textContent()).toContain(first)
      const text = (await table.textContent()) ?? ''
      expect(text).toContain('50.50')
      expect(text).toContain('250.00')
      expect(text).toContain('60.00')
      expect(text).toContain('270.00')
    })
  })
})
