import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OutletSummary } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import MonitorPage from '@/pages/monitor/index.vue'
import { fakeServer, json, tokens } from './helpers'
import { event, openStream, sse } from './monitor-helpers'

const outlets: OutletSummary[] = [{ id: 5, name: '第一食堂', kind: 'CANTEEN', merchantId: 1, merchantName: '后勤' }]

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions: ['terminals:read'] }
  return mount(MonitorPage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

/** Answers the page's calls; each monitor stream opened is kept so the test can push into it. */
function server() {
  const streams: ReturnType<typeof openStream>[] = []
  const fake = fakeServer((c) => {
    if (c.path === '/api/outlets') return json({ items: outlets, page: 0, size: 200, total: 1 })
    if (c.path === '/api/monitor/server') return json({ listening: true, port: 9100, openConnections: 3 })
    const s = openStream(sse(streams.length === 0 ? [event(1), event(2, { responseCode: '51', approved: false, amountFen: 800 })] : []))
    streams.push(s)
    return s.response
  })
  const monitorUrls = () =>
    fake.fetchMock.mock.calls.map(([r]) => new URL((r as Request).url)).filter((u) => u.pathname === '/api/monitor/transactions')
  return { streams, monitorUrls }
}

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => vi.unstubAllGlobals())

describe('monitor page', () => {
  it('shows transactions as they arrive, newest first, with the outlet name and result', async () => {
    const s = server()
    const w = mountPage()
    await vi.waitFor(() => expect(w.findAll('[data-testid="monitor-table"] tbody tr')).toHaveLength(2))
    const rows = w.findAll('[data-testid="monitor-table"] tbody tr').map((r) => r.text())
    expect(rows[0]).toContain('51 余额不足')
    expect(rows[0]).toContain('8.00')
    expect(rows[1]).toContain('00 成功')
    expect(rows[1]).toContain('12.50')
    expect(rows[1]).toContain('第一食堂')
    expect(rows[1]).toContain('****1234')
    expect(w.get('[data-testid="monitor-state"]').text()).toBe('实时')
    expect(w.get('[data-testid="monitor-server"]').text()).toBe('终端端口 9100 · 3 个连接')

    s.streams[0]!.push(sse([event(3, { machineNo: 7 })]).replace(': keep-alive\n\n', ''))
    await vi.waitFor(() => expect(w.findAll('[data-testid="monitor-table"] tbody tr')).toHaveLength(3))
    expect(w.findAll('[data-testid="monitor-table"] tbody tr')[0]!.text()).toContain('000003')
    w.unmount()
  })

  it('holds new transactions while paused and shows them on resume', async () => {
    const s = server()
    const w = mountPage()
    await vi.waitFor(() => expect(w.findAll('[data-testid="monitor-table"] tbody tr')).toHaveLength(2))
    await w.get('[data-testid="monitor-pause"]').trigger('click')
    s.streams[0]!.push(sse([event(3)]))
    await vi.waitFor(() => expect(w.get('[data-testid="monitor-pause"]').text()).toBe('继续（1 笔待显示）'))
    expect(w.findAll('[data-testid="monitor-table"] tbody tr')).toHaveLength(2)
    await w.get('[data-testid="monitor-pause"]').trigger('click')
    await flushPromises()
    expect(w.findAll('[data-testid="monitor-table"] tbody tr')).toHaveLength(3)
    expect(w.get('[data-testid="monitor-pause"]').text()).toBe('暂停')
    w.unmount()
  })

  it('opens the stream again with the filters when they change, and warns about skipped transactions', async () => {
    const s = server()
    const w = mountPage()
    await vi.waitFor(() => expect(s.monitorUrls()).toHaveLength(1))
    await w.get('[data-testid="monitor-refusals"] input').setValue(true)
    await vi.waitFor(() => expect(s.monitorUrls()).toHaveLength(2))
    expect(s.monitorUrls()[1]?.searchParams.get('refusalsOnly')).toBe('true')
    s.streams[1]!.push('event: missed\ndata: {"count":12}\n\n')
    await vi.waitFor(() => expect(w.find('[data-testid="monitor-missed"]').exists()).toBe(true))
    expect(w.get('[data-testid="monitor-missed"]').text()).toContain('已跳过 12 笔')
    w.unmount()
  })
})
