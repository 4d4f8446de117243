import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import ImportsPage from '@/pages/imports/index.vue'
import type { ImportJob } from '@/pages/imports/types'
import { json, problem, tokens } from './helpers'

interface Sent {
  method: string
  path: string
  query: string
  key: string | null
  type: string | null
  fileName?: string
}

const RUNNING: ImportJob = {
  id: 'job-1',
  kind: 'recharges',
  state: 'VALIDATING',
  dryRun: false,
  policy: 'ACCEPTED_ROWS',
  processedRows: 1,
  totalRows: 2,
  createdAt: '2026-11-21T08:00:00Z',
}
const DONE: ImportJob = {
  ...RUNNING,
  state: 'DONE',
  processedRows: 1,
  finishedAt: '2026-11-21T08:00:01Z',
  report: {
    outcome: 'APPLIED',
    totals: { rows: 2, accepted: 1, refused: 1, applied: 1 },
    rows: [
      { rowNumber: 2, status: 'ACCEPTED', reasons: [] },
      {
        rowNumber: 3,
        status: 'REFUSED',
        reasons: [{ field: 'employeeNo', title: '工号', code: 'import.person-unknown', messageZh: '没有这个工号的人员', messageEn: 'no person has this employee number' }],
      },
    ],
  },
}

/** A fake server: answers each call through the handler and records it (multipart bodies by file name). */
function server(handler: (s: Sent) => Response) {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
    const url = new URL(r.url)
    const s: Sent = { method: r.method, path: url.pathname, query: url.search, key: r.headers.get('Idempotency-Key'), type: r.headers.get('Content-Type') }
    if (r.method === 'POST') s.fileName = ((await r.formData()).get('file') as File | null)?.name
    sent.push(s)
    return handler(s)
  }))
  return sent
}

function mountPage(permissions = ['money:counter']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(ImportsPage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

function el(testid: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  if (!found) throw new Error(`no ${testid}`)
  return found
}

async function choose(file: File): Promise<void> {
  const input = el('imports-input') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

async function check(testid: string): Promise<void> {
  const input = el(testid).querySelector('input')!
  input.checked = true
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

async function click(testid: string): Promise<void> {
  el(testid).click()
  await flushPromises()
}

const xlsx = (name = 'recharges.xlsx') => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name)

describe('imports page', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => vi.useRealTimers())

  it('uploads a recharge file with a key, polls until DONE and shows the row report', async () => {
    const sent = server((s) => (s.method === 'POST' ? json(RUNNING, 202) : json(DONE)))
    const w = mountPage()
    await flushPromises()
    expect(el('imports-kind').textContent).toContain('充值补贴')
    expect(el('imports-kind').textContent).not.toContain('组织机构')

    await choose(xlsx())
    await check('imports-mode-apply')
    await click('imports-start')
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/imports/recharges', fileName: 'recharges.xlsx' })
    expect(sent[0]!.type).toMatch(/^multipart\/form-data; boundary=/)
    expect(new URLSearchParams(sent[0]!.query).get('dryRun')).toBe('false')
    expect(new URLSearchParams(sent[0]!.query).get('policy')).toBe('ACCEPTED_ROWS')
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(el('imports-state').textContent).toContain('校验中')
    expect(el('imports-rows-done').textContent).toContain('1 / 2')

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual(['POST /api/imports/recharges', 'GET /api/imports/job-1'])
    expect(el('imports-state').textContent).toContain('已完成')
    expect(el('imports-totals').textContent).toContain('共 2 行：通过 1 行，拒绝 1 行，已导入 1 行')
    expect(el('imports-row-status-2').dataset.status).toBe('ACCEPTED')
    expect(el('imports-row-status-3').textContent).toContain('拒绝')
    expect(el('imports-row-reasons-3').textContent).toBe('工号：没有这个工号的人员')

    await click('imports-refused-only')
    expect(document.querySelector('[data-testid="imports-row-status-2"]')).toBeNull()
    expect(el('imports-row-status-3')).toBeTruthy()

    // no more reads once DONE
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent).toHaveLength(2)
    w.unmount()
  })

  it('sends a retry of the same upload with the same key, and a new file choice with a new one', async () => {
    const sent = server(() => json({ ...DONE, dryRun: true }, 202))
    const w = mountPage()
    await flushPromises()
    await choose(xlsx())
    await click('imports-start')
    await click('imports-start')
    await choose(xlsx())
    await click('imports-start')
    const posts = sent.filter((s) => s.method === 'POST')
    expect(posts).toHaveLength(3)
    expect(new URLSearchParams(posts[0]!.query).get('dryRun')).toBe('true')
    expect(posts[1]!.key).toBe(posts[0]!.key)
    expect(posts[2]!.key).not.toBe(posts[0]!.key)
    w.unmount()
  })

  it('stops polling when the page is left', async () => {
    const sent = server((s) => (s.method === 'POST' ? json(RUNNING, 202) : json(RUNNING)))
    const w = mountPage()
    await flushPromises()
    await choose(xlsx())
    await click('imports-start')
    await vi.advanceTimersByTimeAsync(500)
    expect(sent).toHaveLength(2)
    w.unmount()
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent).toHaveLength(2)
  })

  it('refuses a file that is not Excel or too large before sending anything', async () => {
    const sent = server(() => json(DONE))
    const w = mountPage()
    await flushPromises()
    await choose(new File(['a,b'], 'people.csv'))
    expect(el('imports-problem').textContent).toContain('只能上传 .xlsx 或 .xls 文件')
    await click('imports-start')
    await choose(new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.xlsx'))
    expect(el('imports-problem').textContent).toContain('5 MB')
    await click('imports-start')
    expect(sent).toHaveLength(0)
    w.unmount()
  })

  it('shows a file-level refusal with the catalogue title and the server detail', async () => {
    server(() => problem(400, 1008, { detail: '数据超过 20000 行的上限，请分成几个文件导入 / more than 20000 data rows; split the file' }))
    const w = mountPage()
    await flushPromises()
    await choose(xlsx())
    await click('imports-start')
    expect(el('imports-error').textContent).toContain('超出数量上限')
    expect(el('imports-error').textContent).toContain('数据超过 20000 行的上限')
    expect(document.querySelector('[data-testid="imports-job"]')).toBeNull()
    w.unmount()
  })

  it('shows 413 for a file the server finds too large', async () => {
    server(() => problem(413, 1005, { detail: '文件超过 5MB 的大小上限 / the file is larger than the 5MB limit' }))
    const w = mountPage()
    await flushPromises()
    await choose(xlsx())
    await click('imports-start')
    expect(el('imports-error').textContent).toContain('请求内容过大')
    w.unmount()
  })

  it('explains a FAILED job by its result code', async () => {
    const failed: ImportJob = {
      ...RUNNING,
      state: 'FAILED',
      failure: { code: 5050, detail: 'Person 7 changed after validation', rowNumber: 3 },
      report: { outcome: 'NOTHING_APPLIED', totals: { rows: 2, accepted: 2, refused: 0, applied: 0 }, rows: [] },
    }
    server(() => json(failed, 202))
    const w = mountPage()
    await flushPromises()
    await choose(xlsx())
    await click('imports-start')
    expect(el('imports-job').dataset.state).toBe('FAILED')
    expect(el('imports-failure').textContent).toContain('数据在校验后发生变化')
    expect(el('imports-failure').textContent).toContain('第 3 行')
    expect(el('imports-failure').textContent).toContain('Person 7 changed after validation')
    expect(el('imports-totals').textContent).toContain('未导入')
    w.unmount()
  })

  it('tells an operator without import permissions so', async () => {
    server(() => json(DONE))
    const w = mountPage(['people:read'])
    await flushPromises()
    expect(el('imports-no-permission').textContent).toContain('没有导入权限')
    w.unmount()
  })
})
