import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfflineFileSummary, OfflineRecordView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import OfflinePage from '@/pages/offline/index.vue'
import { json, problem, tokens } from './helpers'

const booked: OfflineRecordView = {
  key: 'term:00000012:000041:20261121', terminalCode: '00000012', trace: '000041', batchNo: '000003', source: 'FILE',
  credential: '620100000001', amountFen: 1250, occurredAt: '2026-11-21T00:30:12Z', receivedAt: '2026-11-21T02:00:00Z',
  status: 'BOOKED', resultCode: 0, postingId: 42, cardId: 4, personId: 1, overdrawn: true,
}
const rejected: OfflineRecordView = {
  ...booked, key: 'term:00000012:000042:20261121', trace: '000042', source: 'BATCH', credential: 'NOSUCHCARD', amountFen: 800,
  status: 'REJECTED', resultCode: 5082, postingId: undefined, cardId: undefined, personId: undefined, overdrawn: false,
}
const SUMMARY: OfflineFileSummary = {
  terminalCode: '00000012', batchNo: '000003', records: 3, booked: 1, rejected: 1, conflicts: 1, overdrawn: 1,
  lines: [
    { lineNo: 4, trace: '000041', responseCode: '00', resultCode: 0, postingId: 42, overdrawn: true },
    { lineNo: 5, trace: '000042', responseCode: '14', resultCode: 5082, overdrawn: false },
    { lineNo: 6, trace: '000043', responseCode: '94', resultCode: 1007, overdrawn: false },
  ],
}

interface Sent {
  method: string
  path: string
  query: URLSearchParams
  type: string | null
}

/** Records every call (multipart bodies are not read) and answers the list and the import through the given answers. */
function server(list: () => Response, upload: () => Response = () => json(SUMMARY)) {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
    const url = new URL(r.url)
    sent.push({ method: r.method, path: url.pathname, query: url.searchParams, type: r.headers.get('Content-Type') })
    return r.method === 'POST' ? upload() : list()
  }))
  return {
    sent,
    lists: () => sent.filter((s) => s.method === 'GET'),
    uploads: () => sent.filter((s) => s.method === 'POST'),
  }
}

function page(items: OfflineRecordView[], total = items.length, p = 0): Response {
  return json({ items, page: p, size: 20, total })
}

function mountPage(permissions = ['terminals:read', 'terminals:manage']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(OfflinePage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

const el = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
const text = (testId: string) => el(testId)?.textContent ?? ''

async function importFile(file: File): Promise<void> {
  el('offline-import-open')!.click()
  await flushPromises()
  const input = document.body.querySelector<HTMLInputElement>('[data-testid="offline-import-input"]')!
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
  el('offline-import-start')!.click()
  await flushPromises()
}

const usbFile = () => new File(['ONECARD-OFFLINE 1\n'], 'T12.txt', { type: 'text/plain' })

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('offline records list', () => {
  it('shows each record with yuan, labels, the catalogue title of a rejection, the overdrawn flag and the receipt', async () => {
    const s = server(() => page([booked, rejected]))
    const w = mountPage()
    await flushPromises()
    expect(s.lists()).toHaveLength(1)
    expect(Object.fromEntries(s.lists()[0]!.query)).toEqual({ overdrawnOnly: 'false', page: '0', size: '20' })
    const table = text('offline-table')
    for (const shown of ['00000012', '000041', '000003', 'U 盘文件', '批量上传', '620100000001', '12.50', '8.00', '5082 卡片不在白名单中']) {
      expect(table).toContain(shown)
    }
    expect(text('offline-status-000041')).toBe('已入账')
    expect(text('offline-status-000042')).toBe('已拒绝')
    expect(text('offline-overdrawn-000041')).toBe('透支')
    expect(el('offline-overdrawn-000042')).toBeNull()
    expect(el('receipt-link-42')).not.toBeNull()
    const rows = document.body.querySelectorAll('[data-testid="offline-table"] tbody tr')
    expect([...rows].map((r) => r.classList.contains('row-overdrawn'))).toEqual([true, false])
    expect(rows[1]!.classList.contains('row-rejected')).toBe(true)
    w.unmount()
  })

  it('says there are none yet, and with a filter that none match; a filter asks again from the first page', async () => {
    const s = server(() => page([]))
    const w = mountPage()
    await flushPromises()
    expect(text('offline-empty')).toContain('还没有脱机记录')

    await w.get('input[data-testid="offline-filter-terminal"]').setValue('12')
    const status = w.findAllComponents({ name: 'ElSelect' })[0]!
    status.vm.$emit('update:modelValue', 'REJECTED')
    status.vm.$emit('change', 'REJECTED')
    await flushPromises()
    const asked = s.lists()[1]!.query
    expect(asked.get('terminalCode')).toBe('00000012')
    expect(asked.get('status')).toBe('REJECTED')
    expect(asked.get('page')).toBe('0')
    expect(text('offline-empty')).toContain('没有符合条件的脱机记录')

    el('offline-reset')!.click()
    await flushPromises()
    expect(Object.fromEntries(s.lists()[2]!.query)).toEqual({ overdrawnOnly: 'false', page: '0', size: '20' })
    w.unmount()
  })

  it('asks for overdrawn records only and pages through them', async () => {
    const s = server(() => page([booked], 45))
    const w = mountPage()
    await flushPromises()
    await w.get('[data-testid="offline-filter-overdrawn"] input').setValue(true)
    await flushPromises()
    expect(s.lists()[1]!.query.get('overdrawnOnly')).toBe('true')
    w.findComponent({ name: 'ElPagination' }).vm.$emit('current-change', 3)
    await flushPromises()
    expect(s.lists()[2]!.query.get('page')).toBe('2')
    expect(s.lists()[2]!.query.get('overdrawnOnly')).toBe('true')
    w.unmount()
  })

  it('shows the list but no import to an operator without terminals:manage', async () => {
    server(() => page([booked]))
    const w = mountPage(['terminals:read'])
    await flushPromises()
    expect(text('offline-table')).toContain('000041')
    expect(el('offline-import-open')).toBeNull()
    w.unmount()
  })

  it('asks nothing without terminals:read', async () => {
    const s = server(() => page([booked]))
    const w = mountPage([])
    await flushPromises()
    expect(text('offline-forbidden')).toContain('terminals:read')
    expect(s.sent).toHaveLength(0)
    w.unmount()
  })

  it('shows a failed list with the catalogue title', async () => {
    server(() => problem(400, 1001))
    const w = mountPage()
    await flushPromises()
    expect(text('offline-error')).toContain('输入校验失败')
    w.unmount()
  })
})

describe('USB file import', () => {
  it('sends the file as multipart, shows the counts and every line with refused ones highlighted, then reloads the list', async () => {
    const s = server(() => page([]))
    const w = mountPage()
    await flushPromises()
    await importFile(usbFile())

    expect(s.uploads()).toHaveLength(1)
    expect(s.uploads()[0]!.path).toBe('/api/offline-records/file')
    expect(s.uploads()[0]!.type).toMatch(/^multipart\/form-data; boundary=/)
    expect(text('offline-summary')).toContain('终端 00000012，批次 000003，共 3 条')
    expect(text('offline-count-booked')).toBe('入账 1')
    expect(text('offline-count-rejected')).toBe('拒绝 1')
    expect(text('offline-count-conflicts')).toBe('冲突 1')
    expect(text('offline-count-overdrawn')).toBe('透支 1')
    expect(text('offline-line-4')).toBe('已入账')
    expect(text('offline-line-5')).toBe('已拒绝')
    expect(text('offline-line-6')).toBe('冲突')
    const lines = [...document.body.querySelectorAll('[data-testid="offline-lines"] tbody tr')]
    expect(lines.map((r) => r.className.match(/line-(rejected|conflict)/)?.[0] ?? '')).toEqual(['', 'line-rejected', 'line-conflict'])
    expect(text('offline-lines')).toContain('5082 卡片不在白名单中')
    expect(s.lists()).toHaveLength(2)
    expect(s.lists()[1]!.query.get('page')).toBe('0')
    w.unmount()
  })

  it('stops a file that is not .txt before sending it', async () => {
    const s = server(() => page([]))
    const w = mountPage()
    await flushPromises()
    await importFile(new File(['x'], 'records.xlsx'))
    expect(text('offline-import-problem')).toContain('.txt')
    expect(s.uploads()).toHaveLength(0)
    w.unmount()
  })

  it('5101: says the file does not read and lists the lines the server names; nothing reloads', async () => {
    const detail = "line 5: expected trace,yyyyMMddHHmmss,credential,amountFen; line 7: '20261341083012' is not a time yyyyMMddHHmmss"
    const s = server(() => page([]), () => problem(422, 5101, { detail }))
    const w = mountPage()
    await flushPromises()
    await importFile(usbFile())
    expect(text('offline-import-error')).toContain('脱机记录文件格式有误')
    const details = [...document.body.querySelectorAll('[data-testid="offline-import-details"] li')].map((li) => li.textContent)
    expect(details).toEqual(['line 5: expected trace,yyyyMMddHHmmss,credential,amountFen', "line 7: '20261341083012' is not a time yyyyMMddHHmmss"])
    expect(el('offline-summary')).toBeNull()
    expect(s.lists()).toHaveLength(1)
    w.unmount()
  })

  it.each([
    { code: 5102, detail: "The file's MAC is not terminal 00000012's", title: '校验码错误', hint: '重新导出，不要编辑' },
    { code: 5103, detail: 'No terminal 00000099', title: '脱机记录文件中的终端未登记', hint: '请先在“设备”中登记该终端' },
  ])('$code: says what is wrong, what to do, and the server detail', async ({ code, detail, title, hint }) => {
    server(() => page([]), () => problem(422, code, { detail }))
    const w = mountPage()
    await flushPromises()
    await importFile(usbFile())
    const shown = text('offline-import-error')
    expect(shown).toContain(title)
    expect(shown).toContain(hint)
    expect(shown).toContain(detail)
    expect(el('offline-summary')).toBeNull()
    w.unmount()
  })
})
