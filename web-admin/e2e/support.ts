import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const BASE_URL = (process.env.ONECARD_SERVER_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '')
export const ADMIN_URL = `${BASE_URL}/admin/`
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const RESULTS = join(process.cwd(), 'test-results')

/** Fails with a clear message unless the OneCard server answers and serves the admin SPA. */
export async function requireServer(): Promise<void> {
  try {
    await fetch(`${BASE_URL}/api/auth/login`, { method: 'POST', signal: AbortSignal.timeout(5000) })
  } catch (e) {
    throw new Error(
      `The OneCard server is not reachable at ${BASE_URL} (${String(e)}). Start it with the demo data (or set BASE_URL) and run again.`,
    )
  }
  const page = await fetch(ADMIN_URL, { signal: AbortSignal.timeout(5000) })
  const html = await page.text()
  if (!page.ok || !html.includes('id="app"')) {
    throw new Error(`The server at ${BASE_URL} does not serve the admin app at /admin/ (HTTP ${page.status}). Build web-admin into the server first.`)
  }
}

/** The operator as the server sees it, to compare with what the page shows. */
export async function fetchOperator(credentials: { username: string; password: string; cardSerial?: string }): Promise<{ displayName: string }> {
  const login = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!login.ok) throw new Error(`login as ${credentials.username} failed: HTTP ${login.status} ${await login.text()}`)
  const { accessToken, refreshToken } = (await login.json()) as { accessToken: string; refreshToken: string }
  const me = await fetch(`${BASE_URL}/api/auth/me`, { headers: { Authorization: `Bearer ${accessToken}` } })
  const operator = (await me.json()) as { displayName: string }
  await fetch(`${BASE_URL}/api/auth/logout`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ refreshToken }),
  })
  return operator
}

export interface Session {
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/** A fresh headless Chromium profile per test (no state leaks between tests). */
export async function openBrowser(): Promise<Session> {
  const profile = await mkdtemp(join(tmpdir(), 'onecard-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  context.setDefaultTimeout(15_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => undefined)
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Runs a test body; on failure saves a full-page screenshot into test-results/ and rethrows. */
export async function withScreenshot(session: Session, name: string, body: (page: Page) => Promise<void>): Promise<void> {
  try {
    await body(session.page)
  } catch (e) {
    await mkdir(RESULTS, { recursive: true })
    const file = join(RESULTS, `${name.replace(/[^\w-]+/g, '_')}.png`)
    await session.page.screenshot({ path: file, fullPage: true }).then(
      () => console.error(`screenshot: ${file}`),
      (err: unknown) => console.error(`screenshot failed: ${String(err)}`),
    )
    throw e
  }
}
