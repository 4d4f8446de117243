// Real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core; no browser download.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const BASE_URL = (process.env.E2E_BASE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '')
export const H5_URL = `${BASE_URL}/h5/`
const EXECUTABLE = '/usr/bin/chromium'
const RESULTS_DIR = 'test-results'

export interface Session {
  context: BrowserContext
  page: Page
  /** Console errors and failed requests seen by the page, printed when a test fails. */
  log: string[]
  close(): Promise<void>
}

/** A fresh phone-sized browser with its own profile (so no storage leaks between tests); userAgent replaces Chromium's. */
export async function openSession(userAgent?: string): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), 'onecard-h5-e2e-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(dir, {
      executablePath: EXECUTABLE,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      ...(userAgent ? { userAgent } : {}),
    })
  } catch (e) {
    await rm(dir, { recursive: true, force: true })
    throw new Error(`Could not start Chromium at ${EXECUTABLE}: ${e instanceof Error ? e.message : String(e)}`)
  }
  const page = context.pages()[0] ?? (await context.newPage())
  const log: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') log.push(`console: ${m.text()}`)
  })
  page.on('requestfailed', (r) => log.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('pageerror', (e) => log.push(`page error: ${e.message}`))
  let closed = false
  return {
    context,
    page,
    log,
    async close() {
      if (closed) return
      closed = true
      await context.close().catch(() => {})
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Opens /h5/ with the real browser; a clear error when nothing answers there. */
export async function assertServerServesPage(session: Session): Promise<void> {
  try {
    const res = await session.page.goto(H5_URL, { timeout: 15_000 })
    if (!res || !res.ok()) throw new Error(`HTTP ${res?.status() ?? 'no response'}`)
    await session.page.locator('#app').waitFor({ state: 'attached', timeout: 5_000 })
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new Error(
      `The OneCard server does not serve the H5 page at ${H5_URL} (${why}). ` +
        'Start the server with the demo data (it must serve mobile-h5/dist under /h5/) or set BASE_URL.',
    )
  }
}

export async function screenshot(session: Session, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true })
  const file = join(RESULTS_DIR, `${name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`)
  await session.page.screenshot({ path: file, fullPage: true })
  return file
}

/** For a suite's beforeAll: fails the suite at once, with a clear message, when the server serves no page. */
export async function requireServedPage(): Promise<void> {
  const session = await openSession()
  try {
    await assertServerServesPage(session)
  } finally {
    await session.close()
  }
}
