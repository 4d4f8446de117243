import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAppI18n, type AppLocale } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import VerifyPanel from '@/pages/ledger/components/VerifyPanel.vue'
import { fakeServer, json, problem, report, tokens } from './helpers'

function mountPanel(permissions: string[], locale: AppLocale = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(VerifyPanel, { global: { plugins: [pinia, createAppI18n(locale)] } })
}

describe('VerifyPanel', () => {
  beforeEach(() => sessionStorage.clear())

  it('shows balanced books with counts and totals in yuan', async () => {
    fakeServer(() => json({ ...report, totals: [{ unit: 'FEN', sum: -12345 }, { unit: 'POINT', sum: 300 }] }))
    const w = mountPanel(['ledger:verify'])
    await flushPromises()
    const status = w.get('[data-testid="verify-status"]')
    expect(status.text()).toBe('账目平衡')
    expect(status.classes()).toContain('is-clean')
    expect(w.get('[data-testid="verify-transfers"]').text()).toBe('12')
    expect(w.get('[data-testid="verify-accounts"]').text()).toBe('7')
    const totals = w.get('[data-testid="verify-totals"]').text()
    expect(totals).toContain('金额（元）')
    expect(totals).toContain('-123.45')
    expect(totals).toContain('300')
    expect(w.get('[data-testid="verify-discrepancies"]').text()).toContain('无差异')
  })

  it('shows discrepancies in red, in English', async () => {
    fakeServer(() =>
      json({ ...report, clean: false, discrepancies: [{ kind: 'UNBALANCED_TRANSFER', transferId: 42, detail: 'legs sum to 5' }] }),
    )
    const w = mountPanel(['ledger:verify'], 'en-US')
    await flushPromises()
    expect(w.get('[data-testid="verify-status"]').text()).toBe('Discrepancies found')
    expect(w.get('[data-testid="verify-status"]').classes()).toContain('is-dirty')
    const rows = w.get('[data-testid="verify-discrepancies"]').text()
    expect(rows).toContain('UNBALANCED_TRANSFER')
    expect(rows).toContain('42')
    expect(rows).toContain('legs sum to 5')
  })

  it('checks again on the button', async () => {
    let n = 0
    const server = fakeServer(() => json({ ...report, transfersChecked: ++n }))
    const w = mountPanel(['ledger:verify'])
    await flushPromises()
    await w.get('[data-testid="verify-again"]').trigger('click')
    await flushPromises()
    expect(server.count('/api/ledger/verify')).toBe(2)
    expect(w.get('[data-testid="verify-transfers"]').text()).toBe('2')
  })

  it('shows the catalogue message when the server refuses', async () => {
    fakeServer(() => problem(403, 2010))
    const w = mountPanel(['ledger:verify'])
    await flushPromises()
    expect(w.get('[data-testid="verify-error"]').text()).toContain('没有权限')
    expect(w.find('[data-testid="verify-status"]').exists()).toBe(false)
  })

  it('does not call the server without the ledger:verify permission', async () => {
    const server = fakeServer(() => json(report))
    const w = mountPanel(['card:read'])
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    expect(w.find('[data-testid="verify-forbidden"]').exists()).toBe(true)
    expect(w.find('[data-testid="verify-again"]').exists()).toBe(false)
  })
})
