import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/common/i18n'
import { issueTicket, startLending } from '@/common/session/lend'
import { useAuthStore } from '@/common/stores/auth'
import ReceiptPage from '@/pages/receipts/index.vue'
import type { Receipt } from '@/common/api/types'
import { fakeServer, json, tokens } from './helpers'

const receipt: Receipt = {
  receiptNo: 'R42',
  postingId: 42,
  title: '充值凭证',
  organisation: '示范大学',
  occurredAt: '2026-11-21T02:03:04Z',
  accountingDate: '2026-11-21',
  personName: '张三',
  cardNo: '00000007',
  lines: [{ code: 'RECHARGE', label: '充值', amountFen: 5000 }],
  totalFen: 5000,
  cashBalanceFen: 8795,
}

async function mountAt(path: string, signedIn: boolean) {
  const pinia = createPinia()
  setActivePinia(pinia)
  if (signedIn) useAuthStore().setTokens(tokens('acc', 'ref'))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/receipts/:postingId', name: 'receipt', component: ReceiptPage },
      { path: '/login', name: 'login', component: { template: '<div />' } },
    ],
  })
  await router.push(path)
  const w = mount({ template: '<RouterView />' }, { global: { plugins: [pinia, router, createAppI18n('zh-CN')] } })
  return { w, router }
}

describe('receipt page', () => {
  beforeEach(() => sessionStorage.clear())

  it('renders the receipt of a signed-in tab', async () => {
    const server = fakeServer(() => json(receipt))
    const { w } = await mountAt('/receipts/42', true)
    await flushPromises()
    expect(server.calls[0]?.path).toBe('/api/receipts/42')
    expect(w.get('[data-testid="receipt-title"]').text()).toBe('充值凭证')
    expect(w.get('[data-testid="receipt-organisation"]').text()).toBe('示范大学')
    expect(w.get('[data-testid="receipt-no"]').text()).toBe('R42')
    expect(w.get('[data-testid="receipt-total"]').text()).toBe('¥50.00')
    expect(w.get('[data-testid="receipt-cash"]').text()).toBe('¥87.95')
    expect(w.find('[data-testid="receipt-subsidy"]').exists()).toBe(false)
    expect(w.find('[data-testid="receipt-operator"]').exists()).toBe(false)
    expect(w.text()).toContain('持卡人签字')
  })

  it('asks to sign in when the tab has no session and no ticket', async () => {
    const server = fakeServer(() => json(receipt))
    const { w } = await mountAt('/receipts/42', false)
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    expect(w.get('[data-testid="receipt-login"]').text()).toContain('请登录')
  })

  it('borrows the access token of the tab that issued the ticket, in memory only', async () => {
    startLending(() => 'lent-access')
    const ticket = issueTicket()
    const server = fakeServer(() => json(receipt))
    const { w, router } = await mountAt(`/receipts/42#${ticket}`, false)
    await expect.poll(() => server.calls.length).toBe(1)
    await flushPromises()
    expect(server.calls[0]?.auth).toBe('Bearer lent-access')
    expect(w.get('[data-testid="receipt-no"]').text()).toBe('R42')
    expect(router.currentRoute.value.hash).toBe('') // the spent ticket is not left in the address
    expect(sessionStorage.length).toBe(0) // nothing to refresh with: the opener's session stays its own
  })
})
