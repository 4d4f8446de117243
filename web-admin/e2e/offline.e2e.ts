import { createHmac } from 'node:crypto'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, getCard, personWithCard, randomDigits, signIn } from './api'
import { ADMIN_URL, BASE_URL, openBrowser, requireServer, withScreenshot, type Session } from './support'

const DEMO_OUTLET = '第一食堂'
const TAKEN = 5070

interface Registered {
  machineNo: number
  code: string
  macKey: string
}

/** A new consumption terminal at the demo outlet, on a random machine number (another one if that is taken). */
async function registerTerminal(token: string): Promise<Registered> {
  const outlets = await call<{ items: { id: number; name: string }[] }>(token, 'GET', '/api/outlets?size=200')
  const outlet = outlets.items.find((o) => o.name === DEMO_OUTLET)
  if (!outlet) throw new Error(`the demo data has no outlet ${DEMO_OUTLET}`)
  for (let attempt = 0; attempt < 20; attempt++) {
    const machineNo = 100 + Math.floor(Math.random() * 900)
    const res = await fetch(`${BASE_URL}/api/terminals`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ machineNo, serial: `E2E-${randomDigits(8)}`, purpose: 'CONSUMPTION', outletId: outlet.id, mode: 'FREE_AMOUNT' }),
    })
    const body = (await res.json()) as { code?: number; macKey: string; terminal: { code: string } }
    if (res.ok) return { machineNo, code: body.terminal.code, macKey: body.macKey }
    if (body.code !== TAKEN) throw new Error(`POST /api/terminals: HTTP ${res.status} ${JSON.stringify(body)}`)
  }
  throw new Error('no free machine number after 20 tries')
}

/** yyyyMMddHHmmss an hour ago on the terminal's clock (Asia/Shanghai, UTC+8 all year). */
function terminalTime(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14)
}

/** The file a terminal exports (terminal-protocol.md §2.5.1): the MAC is HMAC-SHA256 over every byte before the MAC line, first 8 bytes in hex. */
function offlineFile(t: Registered, records: string[][]): string {
  const signed = ['ONECARD-OFFLINE 1', `terminal ${t.code}`, 'batch 000001', ...records.map((r) => r.join(','))].join('\n') + '\n'
  const mac = createHmac('sha256', Buffer.from(t.macKey, 'hex')).update(signed, 'utf8').digest().subarray(0, 8).toString('hex')
  return `${signed}MAC ${mac.toUpperCase()}\n`
}

async function openOffline(page: Page): Promise<void> {
  const item = page.getByTestId('menu-offline-records')
  if (!(await item.isVisible())) await page.getByTestId('menu-master-data').locator('.el-sub-menu__title').click()
  await item.click()
  await page.waitForURL((url) => url.pathname === '/admin/offline-records')
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('offline-import-open').click()
  await page.getByTestId('offline-import-input').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })
  expect(await page.getByTestId('offline-import-file').textContent()).toBe(name)
  await page.getByTestId('offline-import-start').click()
}

async function closeImport(page: Page): Promise<void> {
  await page.getByTestId('offline-import-close').click()
  await page.getByTestId('offline-import-dialog').waitFor({ state: 'hidden' })
}

describe(`offline records at ${ADMIN_URL}`, () => {
  let session: Session | undefined

  beforeAll(requireServer)
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('imports a signed USB file, lists what it booked and refuses a changed one', async () => {
    const token = await adminToken()
    const terminal = await registerTerminal(token)
    // 1.00 yuan on the card: the 12.50 meal taken offline overdraws it
    const holder = await personWithCard(token, '脱机测试', 100)
    const [paid, unknown, later] = ['1', '2', '3'].map((d) => `${randomDigits(5)}${d}`)
    const when = terminalTime()
    const good = offlineFile(terminal, [
      [paid!, when, holder.serial, '1250'],
      [unknown!, when, `NOCARD${randomDigits(6)}`, '800'],
    ])
    const changed = offlineFile(terminal, [[later!, when, holder.serial, '100']]).replace(`${holder.serial},100`, `${holder.serial},1`)

    session = await openBrowser()
    await withScreenshot(session, 'offline-import', async (page) => {
      await signIn(page)
      await openOffline(page)

      await importFile(page, `T${terminal.machineNo}.txt`, good)
      const summary = page.getByTestId('offline-summary')
      await summary.waitFor()
      expect(await summary.textContent()).toContain(`终端 ${terminal.code}，批次 000001，共 2 条`)
      expect(await page.getByTestId('offline-count-booked').textContent()).toBe('入账 1')
      expect(await page.getByTestId('offline-count-rejected').textContent()).toBe('拒绝 1')
      expect(await page.getByTestId('offline-count-overdrawn').textContent()).toBe('透支 1')
      expect(await page.getByTestId('offline-line-4').textContent()).toBe('已入账')
      expect(await page.getByTestId('offline-line-5').textContent()).toBe('已拒绝')
      expect(await page.getByTestId('offline-lines').locator('tr.line-rejected').textContent()).toContain('5082 卡片不在白名单中')
      await closeImport(page)

      // the list, narrowed to this terminal by its machine number
      await page.getByTestId('offline-filter-terminal').fill(String(terminal.machineNo))
      await page.getByTestId('offline-filter-terminal').press('Enter')
      await expect.poll(() => page.getByTestId(`offline-status-${paid}`).textContent()).toBe('已入账')
      const paidRow = page.getByTestId('offline-table').locator('tr', { hasText: paid! })
      expect(await paidRow.textContent()).toContain('12.50')
      expect(await paidRow.textContent()).toContain('U 盘文件')
      expect(await page.getByTestId(`offline-overdrawn-${paid}`).textContent()).toBe('透支')
      expect(await paidRow.locator('[data-testid^="receipt-link-"]').count()).toBe(1)
      expect(await page.getByTestId(`offline-status-${unknown}`).textContent()).toBe('已拒绝')
      expect(await page.getByTestId('offline-table').locator('tr', { hasText: unknown! }).textContent()).toContain('5082 卡片不在白名单中')

      // one byte changed after export: refused whole, nothing taken
      await importFile(page, 'changed.txt', changed)
      const error = page.getByTestId('offline-import-error')
      await error.waitFor()
      expect(await error.textContent()).toContain('校验码错误')
      expect(await error.textContent()).toContain('重新导出，不要编辑')
      expect(await page.getByTestId('offline-summary').count()).toBe(0)
      await closeImport(page)
      await page.getByTestId('offline-search').click()
      await expect.poll(() => page.getByTestId('offline-table').locator('tbody tr').count()).toBe(2)
      expect(await page.getByTestId(`offline-status-${later}`).count()).toBe(0)
    })

    // the meal was paid by the card, below zero: 1.00 - 12.50
    expect((await getCard(token, holder.cardId)).cashFen).toBe(-1150)
  })
})
