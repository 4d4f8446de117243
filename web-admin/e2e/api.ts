import { randomUUID } from 'node:crypto'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { ADMIN_URL, BASE_URL } from './support'

// Test setup through the API, as the admin of the demo data.
export const ADMIN = { username: 'admin', password: 'admin123' }

export function randomDigits(n: number): string {
  return Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
}

export async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export async function adminToken(): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  if (!res.ok) throw new Error(`login failed: HTTP ${res.status} ${await res.text()}`)
  return ((await res.json()) as { accessToken: string }).accessToken
}

export interface Holder {
  personId: number
  employeeNo: string
  name: string
  cardId: number
  serial: string
}

/** A new person in the first department, holding a new card with the given first recharge (and serial). */
export async function personWithCard(token: string, name: string, firstRechargeFen?: number, cardSerial?: string): Promise<Holder> {
  const tree = await call<{ roots: { id: number }[] }>(token, 'GET', '/api/org-units')
  const unit = tree.roots[0]
  if (!unit) throw new Error('the demo data has no department')
  const employeeNo = `8${randomDigits(7)}`
  const person = await call<{ id: number }>(token, 'POST', '/api/people', { name, employeeNo, orgUnitId: unit.id })
  const serial = cardSerial ?? `E2E${randomDigits(10)}`
  const card = await call<{ id: number }>(token, 'POST', '/api/cards', { personId: person.id, serial, firstRechargeFen })
  return { personId: person.id, employeeNo, name, cardId: card.id, serial }
}

/** A machine number no terminal has yet (the server refuses a taken one with 5070). */
export async function freeMachineNo(): Promise<number> {
  const token = await adminToken()
  const res = await fetch(`${BASE_URL}/api/terminals?size=200`, { headers: { Authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET /api/terminals: HTTP ${res.status} ${await res.text()}`)
  const taken = new Set(((await res.json()) as { items: { machineNo: number }[] }).items.map((t) => t.machineNo))
  const free = Array.from({ length: 900 }, (_, i) => 100 + i).filter((n) => !taken.has(n))
  const pick = free[Math.floor(Math.random() * free.length)]
  if (pick === undefined) throw new Error('no free machine number from 100 to 999')
  return pick
}

export function getCard(token: string, id: number): Promise<{ cashFen: number; subsidyFen: number }> {
  return call(token, 'GET', `/api/cards/${id}`)
}

export async function signIn(page: Page): Promise<void> {
  await page.goto(`${ADMIN_URL}login`)
  await page.getByTestId('username').fill(ADMIN.username)
  await page.getByTestId('password').fill(ADMIN.password)
  await page.getByTestId('password').press('Enter')
  // Signing in is these tests' set-up, not their subject (admin.e2e.ts tests it). Once in CI an Enter
  // left the form as it was, with no request and no message: submit once more with the button then.
  const home = (url: URL) => url.pathname === '/admin/'
  const arrived = await page.waitForURL(home, { timeout: 10_000 }).then(() => true, () => false)
  if (!arrived) {
    await page.getByTestId('login-submit').click()
    await page.waitForURL(home)
  }
}

/** Accepts the ElMessageBox confirmation and waits until it has gone. */
export async function confirm(page: Page, expected?: string): Promise<void> {
  const box = page.locator('.el-message-box').last()
  await box.waitFor()
  if (expected) expect(await box.textContent()).toContain(expected)
  await box.locator('.el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

/** Picks a person with a PersonPicker by reading their card (the reader types the serial and Enter). */
export async function readCardInto(page: Page, picker: string, serial: string): Promise<void> {
  await page.getByTestId(`${picker}-by-card`).click()
  await page.getByTestId(`${picker}-card`).fill(serial)
  await page.getByTestId(`${picker}-card`).press('Enter')
  await page.getByTestId(`${picker}-picked`).waitFor()
}
