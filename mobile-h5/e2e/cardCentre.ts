// Set-up through the card centre's API (as the demo admin) and a terminal on the command line: the server
// jar's TerminalSim, run as a child process, exactly as `make terminal-sim` runs it.
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BASE_URL } from './browser'

const JAR = fileURLToPath(new URL('../../backend/target/onecard-server.jar', import.meta.url))
const SIM_MAIN = 'org.onecard.terminal.tools.TerminalSim'
const DEMO_OUTLET = '第一食堂'

export const randomDigits = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')

export async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Idempotency-Key': randomUUID() }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`)
  return (res.status === 204 ? undefined : await res.json()) as T
}

export async function adminToken(): Promise<string> {
  const res = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'admin123' }),
  })
  if (!res.ok) throw new Error(`admin login failed: HTTP ${res.status} ${await res.text()}`)
  return ((await res.json()) as { accessToken: string }).accessToken
}

export interface NewHolder {
  personId: number
  employeeNo: string
  cardNo: string
  serial: string
}

/** A new person with a card (a digits-only serial, as a reader sends it in field 2) and a first recharge. */
export async function holderWithCard(token: string, name: string, firstRechargeFen: number): Promise<NewHolder> {
  const tree = await call<{ roots: { id: number }[] }>(token, 'GET', '/api/org-units')
  const unit = tree.roots[0]
  if (!unit) throw new Error('the demo data has no department')
  const employeeNo = `7${randomDigits(7)}`
  const person = await call<{ id: number }>(token, 'POST', '/api/people', { name, employeeNo, orgUnitId: unit.id })
  const serial = `9${randomDigits(11)}`
  const card = await call<{ cardNo: string }>(token, 'POST', '/api/cards', { personId: person.id, serial, firstRechargeFen })
  return { personId: person.id, employeeNo, cardNo: card.cardNo, serial }
}

export function setInitialPassword(token: string, personId: number, password: string): Promise<void> {
  return call(token, 'POST', `/api/people/${personId}/h5-password`, { password })
}

export interface SimTerminal {
  machineNo: number
  macKey: string
  outletId: number
  port: number
  /** The simulator's state file: its last trace number, so each purchase gets the next one (a repeat is 94). */
  state: string
}

/** Registers a free-amount consumption terminal at the demo outlet; the port is where the server listens for terminals. */
export async function registerTerminal(token: string): Promise<SimTerminal> {
  const outlets = await call<{ items: { id: number; name: string }[] }>(token, 'GET', '/api/outlets?size=200')
  const outlet = outlets.items.find((o) => o.name === DEMO_OUTLET)
  if (!outlet) throw new Error(`the demo data has no outlet ${DEMO_OUTLET}`)
  const server = await call<{ listening: boolean; port?: number }>(token, 'GET', '/api/monitor/server')
  if (!server.listening || !server.port) throw new Error('the terminal server does not listen (/api/monitor/server)')
  for (let attempt = 0; attempt < 20; attempt++) {
    const machineNo = 100 + Math.floor(Math.random() * 900)
    const res = await fetch(`${BASE_URL}/api/terminals`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ machineNo, serial: `H5-${randomDigits(8)}`, purpose: 'CONSUMPTION', outletId: outlet.id, mode: 'FREE_AMOUNT' }),
    })
    const body = (await res.json()) as { code?: number; macKey: string }
    if (res.ok) {
      const state = join(await mkdtemp(join(tmpdir(), 'onecard-sim-')), 'state.properties')
      return { machineNo, macKey: body.macKey, outletId: outlet.id, port: server.port, state }
    }
    if (body.code !== 5070) throw new Error(`POST /api/terminals: HTTP ${res.status} ${JSON.stringify(body)}`)
  }
  throw new Error('no free machine number after 20 tries')
}

export interface SimResult {
  exitCode: number
  /** Field 39 of the 0210 reply, e.g. '00' or '41'. */
  responseCode: string | null
  output: string
}

/** `terminal-sim purchase <serial> <fen>` against the server; resolves with the reply's response code. */
export async function simulatePurchase(t: SimTerminal, serial: string, amountFen: number): Promise<SimResult> {
  const host = new URL(BASE_URL).hostname
  const args = ['-cp', JAR, `-Dloader.main=${SIM_MAIN}`, 'org.springframework.boot.loader.launch.PropertiesLauncher',
    'purchase', serial, String(amountFen), '--terminal', String(t.machineNo), '--key', t.macKey,
    '--outlet', String(t.outletId), '--host', host, '--port', String(t.port), '--state', t.state, '--timeout', '20']
  return new Promise((done) => {
    execFile('java', args, { timeout: 60_000 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      done({ exitCode: code, responseCode: /^< 0210\s+(\d\d)/m.exec(stdout)?.[1] ?? null, output })
    })
  })
}
