import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'
import { connectTerminal, type Terminal } from './terminal'

describe(`gas station at ${ADMIN_URL}`, () => {
  let session: Session | undefined
  let dispenser: Terminal | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    dispenser?.close()
    session = undefined
    dispenser = undefined
  })

  it('sells prepaid volume at the counter, unlocks a grey card at the counter and shows the sales by mode', async () => {
    const token = await adminToken()
    const merchant = await call<{ id: number }>(token, 'POST', '/api/merchants', { name: `能源${randomDigits(6)}` })
    const stationName = `CNG站${randomDigits(6)}`
    const station = await call<{ id: number }>(token, 'POST', '/api/outlets', { merchantId: merchant.id, name: stationName, kind: 'OTHER' })
    const since = new Date(Date.now() - 3_600_000).toISOString()
    for (const [level, fen] of [[0, 450], [1, 430], [2, 410]] as const) {
      await call(token, 'POST', '/api/fuel/prices', { outletId: station.id, priceLevel: level, unitPriceFen: fen, effectiveFrom: since })
    }
    const holder = await personWithCard(token, '加气司机', undefined, `62${randomDigits(10)}`)
    dispenser = await connectTerminal(token, station.id, 'DISPENSER')

    session = await openBrowser()
    await withScreenshot(session, 'fuel-journey', async (page) => {
      await signIn(page)
      await page.getByTestId('menu-fuel').click()
      await page.waitForURL((url) => url.pathname === '/admin/fuel')
      await expect.poll(() => page.getByTestId('fuel-prices-table').textContent()).toContain(stationName)

      // the card: prepaid volume at level 0, then 10.00 m³ bought at the station at 4.50 yuan
      await page.locator('#tab-card').click()
      await page.getByTestId('fuel-card-input').fill(holder.serial)
      await page.getByTestId('fuel-card-find').click()
      await expect.poll(() => page.getByTestId('fuel-card-mode').textContent()).toContain('预付金额')
      await page.getByTestId('fuel-card-mode-select').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: '预付气量' }).click()
      await page.getByTestId('fuel-card-save').click()
      await expect.poll(() => page.getByTestId('fuel-card-mode').textContent()).toContain('预付气量')
      await page.getByTestId('fuel-card-outlet').click()
      await page.locator('.el-select-dropdown__item:visible', { hasText: stationName }).click()
      await page.getByTestId('fuel-card-buy-volume').fill('10.00')
      await page.getByTestId('fuel-card-buy').click()
      await expect.poll(() => page.getByTestId('fuel-card-volume').textContent()).toContain('10.00')

      // the dispenser locks the card and the sale is interrupted: the card is grey until unlocked with 2.00 m³
      const locked = await dispenser!.send({ 2: holder.serial, 3: '620000', 48: 'NZ01' })
      expect(locked[39]).toBe('00')
      const refused = await dispenser!.send({ 2: holder.serial, 3: '610000', 48: 'NZ01VL000000100' })
      expect(refused[44]).toBe('8044')
      await page.locator('#tab-grey').click()
      await page.getByTestId('fuel-grey-refresh').click()
      await expect.poll(() => page.getByTestId('fuel-grey-volume').count()).toBeGreaterThan(0)
      await page.getByTestId('fuel-grey-volume').last().fill('2.00')
      await page.getByTestId('fuel-grey-unlock').last().click()
      await expect.poll(async () => (await call<unknown[]>(token, 'GET', '/api/fuel/grey-cards')).length).toBe(0)

      // the card pays again at the dispenser, in volume
      const sold = await dispenser!.send({ 2: holder.serial, 3: '610000', 48: 'NZ01VL000000100' })
      expect(sold[39]).toBe('00')
      expect(sold[54]).toBe('4002000C000000000700')

      // the sales summary by payment mode counts both sales
      await page.goto(`${ADMIN_URL}reports/fuel-sales`)
      await expect.poll(() => page.getByTestId('fuel-sales-table').textContent()).toContain('预付气量')
    })
  })
})
