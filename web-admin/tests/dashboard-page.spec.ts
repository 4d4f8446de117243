import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DashboardView } from '@/common/api/types'
import { createAppI18n, type AppLocale } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import DashboardPage from '@/pages/dashboard/index.vue'
import { clockTime, minutePoints, onlinePercent, rechargeBars, takingsBars } from '@/pages/dashboard/format'
import { REFRESH_MS } from '@/pages/dashboard/useAutoRefresh'
import { fakeServer, json, report, tokens } from './helpers'

const START = Date.parse('2026-03-02T03:00:00Z')

function view(count: number): DashboardView {
  return {
    accountingDate: '2026-03-02',
    timeZone: 'Asia/Shanghai',
    at: '2026-03-02T03:59:30Z',
    byOutlet: count ? [{ id: 7, name: '一食堂', count, amountFen: count * 1_250 }] : [],
    byMeal: count ? [{ id: 2, name: '午餐', count, amountFen: count * 1_250 }] : [],
    total: { count, amountFen: count * 1_250 },
    perMinute: Array.from({ length: 60 }, (_, i) => ({
      start: new Date(START + i * 60_000).toISOString(),
      count: i === 59 ? count : 0,
    })),
    terminals: { registered: 4, online: 3, seenToday: 4 },
    recharge: {
      channels: ['COUNTER_CASH', 'POS', 'CASHIER', 'WECHAT', 'ALIPAY', 'IMPORT'].map((c) => ({
        channel: c as 'POS',
        count: c === 'WECHAT' ? 1 : 0,
        amountFen: c === 'WECHAT' ? 5_000 : 0,
      })),
      reversedCount: 0,
      reversedFen: 0,
      refunds: [],
      refundedFen: 0,
      netFen: 5_000,
      bonusFen: 0,
    },
  }
}

let visibility: DocumentVisibilityState = 'visible'

function setVisibility(state: DocumentVisibilityState) {
  visibility = state
  document.dispatchEvent(new Event('visibilitychange'))
}

function mountPage(permissions: string[], locale: AppLocale = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(DashboardPage, { global: { plugins: [pinia, createAppI18n(locale)] } })
}

describe('dashboard page', () => {
  beforeEach(() => {
    sessionStorage.clear()
    visibility = 'visible'
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
  })
  afterEach(() => vi.useRealTimers())

  it('shows today and asks again every 30 s while visible, not while hidden, and at once when shown', async () => {
    let n = 0
    const server = fakeServer((c) => (c.path === '/api/reports/dashboard' ? json(view(++n)) : json(report)))
    const w = mountPage(['ledger:read', 'ledger:verify'])
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(1)
    expect(w.get('[data-testid="dashboard-takings"]').text()).toBe('12.50')
    expect(w.get('[data-testid="dashboard-count"]').text()).toBe('1 笔消费 · 2026-03-02')
    expect(w.get('[data-testid="dashboard-terminals"]').text()).toBe('3 / 4 (75%)')
    expect(w.get('[data-testid="dashboard-outlets"]').text()).toContain('一食堂')
    expect(w.get('[data-testid="dashboard-recharge"]').text()).toContain('微信')

    vi.advanceTimersByTime(REFRESH_MS - 1)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(1)
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(2)
    expect(w.get('[data-testid="dashboard-takings"]').text()).toBe('25.00')

    setVisibility('hidden')
    vi.advanceTimersByTime(REFRESH_MS * 3)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(2)

    setVisibility('visible')
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(3)
    vi.advanceTimersByTime(REFRESH_MS)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(4)

    w.unmount()
    vi.advanceTimersByTime(REFRESH_MS * 2)
    setVisibility('visible')
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(4)
  })

  it('does not start a second load while one is still running', async () => {
    let answer: ((r: Response) => void) | null = null
    const server = fakeServer((c) =>
      c.path === '/api/reports/dashboard' ? new Promise<Response>((r) => (answer = r)) : json(report),
    )
    mountPage(['merchant:read'])
    await flushPromises()
    vi.advanceTimersByTime(REFRESH_MS * 2)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(1)
    answer!(json(view(0)))
    await flushPromises()
    vi.advanceTimersByTime(REFRESH_MS)
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(2)
  })

  it('shows empty states in English, and no recharge card without it', async () => {
    fakeServer((c) => (c.path === '/api/reports/dashboard' ? json({ ...view(0), recharge: undefined }) : json(report)))
    const w = mountPage(['merchant:read'], 'en-US')
    await flushPromises()
    expect(w.get('[data-testid="dashboard-count"]').text()).toBe('0 purchases · 2026-03-02')
    expect(w.get('[data-testid="dashboard-outlets"]').text()).toContain('No purchases yet today')
    expect(w.get('[data-testid="dashboard-minutes"]').text()).toContain('No purchases in the last hour')
    expect(w.find('[data-testid="dashboard-recharge"]').exists()).toBe(false)
  })

  it('does not ask without a report permission', async () => {
    const server = fakeServer(() => json(report))
    const w = mountPage(['ledger:verify'])
    await flushPromises()
    expect(server.count('/api/reports/dashboard')).toBe(0)
    expect(w.find('[data-testid="dashboard-today"]').exists()).toBe(false)
  })
})

describe('dashboard figures', () => {
  it('names purchases outside meal periods and lists every recharge channel in order', () => {
    expect(takingsBars([{ id: undefined, name: undefined, count: 2, amountFen: 300 }], '餐别外')).toEqual([
      { key: 'none', label: '餐别外', value: 300 },
    ])
    const bars = rechargeBars(view(1).recharge!, (c) => c.toLowerCase())
    expect(bars.map((b) => b.key)).toEqual(['COUNTER_CASH', 'POS', 'CASHIER', 'WECHAT', 'ALIPAY', 'IMPORT'])
    expect(bars.find((b) => b.key === 'WECHAT')).toEqual({ key: 'WECHAT', label: 'wechat', value: 5_000 })
  })

  it('gives the online share in whole percent, none without terminals', () => {
    expect(onlinePercent(1, 3)).toBe(33)
    expect(onlinePercent(2, 3)).toBe(67)
    expect(onlinePercent(0, 0)).toBeNull()
  })
  it('shows clock times in the card centre\'s zone, whatever the browser\'s, midnight as 00', () => {
    expect(clockTime('2026-03-02T03:07:59Z', 'Asia/Shanghai')).toBe('11:07')
    expect(clockTime('2026-03-02T16:00:00Z', 'Asia/Shanghai')).toBe('00:00')
    expect(clockTime('2026-03-02T03:07:00Z', 'UTC')).toBe('03:07')
    const points = minutePoints(view(1))
    expect(points).toHaveLength(60)
    expect(points[0]).toEqual({ key: '2026-03-02T03:00:00.000Z', label: '11:00', value: 0 })
    expect(points[59]).toEqual({ key: '2026-03-02T03:59:00.000Z', label: '11:59', value: 1 })
  })
})
