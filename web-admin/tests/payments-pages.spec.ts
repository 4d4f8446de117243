import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PaymentNotificationView, PaymentOrderView, PaymentRefundView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import SideMenu from '@/layouts/components/SideMenu.vue'
import RefundDialog from '@/pages/payments/components/RefundDialog.vue'
import OrdersPage from '@/pages/payments/orders.vue'
import ReconciliationPage from '@/pages/payments/reconciliation.vue'
import { createAppRouter } from '@/router'
import { fakeServer, json, problem, tokens } from './helpers'

const confirmed = vi.hoisted(() => ({ texts: [] as string[] }))
vi.mock('@/pages/cards/confirm', () => ({
  confirmAction: (text: string) => {
    confirmed.texts.push(text)
    return Promise.resolve(true)
  },
}))

const paid: PaymentOrderView = {
  orderNo: 'OC20261121000001',
  personId: 7,
  channel: 'WECHAT',
  amountFen: 5000,
  status: 'PAID',
  refundedFen: 1000,
  gatewayTradeNo: 'wx-1',
  createdAt: '2026-11-21T02:00:00Z',
  expiresAt: '2026-11-21T02:30:00Z',
  paidAt: '2026-11-21T02:01:00Z',
  replayed: false,
  employeeNo: 'E1001',
  personName: '张三',
}
const waiting: PaymentOrderView = {
  ...paid, orderNo: 'OC20261121000002', status: 'CREATED', refundedFen: 0, paidAt: undefined, channel: 'ALIPAY',
  personId: undefined, employeeNo: undefined, personName: undefined,
}
const refund: PaymentRefundView = {
  refundNo: 'RF1', orderNo: paid.orderNo, amountFen: 1000, status: 'SUCCESS', reason: '多充',
  createdAt: '2026-11-21T03:00:00Z', finishedAt: '2026-11-21T03:00:01Z', replayed: false,
}
const credited: PaymentNotificationView = {
  id: 9, channel: 'WECHAT', receivedAt: '2026-11-21T02:01:00Z', orderNo: paid.orderNo, outcome: 'CREDITED', resultCode: 0, body: '{}',
}

function signIn(permissions: string[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'finance', displayName: 'F', roles: [], permissions }
  return pinia
}

const el = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
const text = (testId: string) => el(testId)?.textContent?.trim() ?? ''

async function type(testId: string, value: string): Promise<void> {
  const input = document.body.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`)
  if (!input) throw new Error(`no input ${testId}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(() => {
  document.body.innerHTML = ''
  confirmed.texts = []
})
afterEach(() => vi.unstubAllGlobals())

describe('RefundDialog', () => {
  function mountDialog(order: PaymentOrderView = paid) {
    const pinia = signIn(['payments:read', 'payments:refund'])
    const w = mount(RefundDialog, {
      props: { order, modelValue: false, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
      global: { plugins: [pinia, createAppI18n('zh-CN')] },
      attachTo: document.body,
    })
    return w
  }

  it('sends the yuan typed as exact integer fen with one key for every retry, and shows the catalogue message', async () => {
    let answer = () => problem(502, 6002)
    const server = fakeServer(() => answer())
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    expect(text('refund-refundable')).toBe('¥40.00')
    await type('refund-amount', '0.29')
    await type('refund-reason', ' 多充 ')
    el('refund-submit')!.click()
    await flushPromises()
    expect(text('refund-error')).toContain('支付网关暂时无法处理')
    expect(confirmed.texts[0]).toContain('¥0.29')
    answer = () => json({ ...refund, amountFen: 29 }, 201)
    el('refund-submit')!.click()
    await flushPromises()
    const [first, second] = server.calls
    expect(first?.path).toBe(`/api/payments/orders/${paid.orderNo}/refunds`)
    expect(first?.body).toEqual({ amountFen: 29, reason: '多充' })
    expect(first?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey)
    expect(w.emitted('done')?.[0]?.[0]).toMatchObject({ amountFen: 29 })
    expect(w.props('modelValue')).toBe(false)

    // opened again: a new refund, so a new key
    await w.setProps({ modelValue: true })
    await flushPromises()
    await type('refund-amount', '1')
    el('refund-submit')!.click()
    await flushPromises()
    expect(server.calls[2]?.idempotencyKey).not.toBe(first?.idempotencyKey)
    w.unmount()
  })

  it.each([
    ['', '请输入金额'],
    ['12.345', '金额最多两位小数'],
    ['-5', '金额不能为负数'],
    ['abc', '请输入正确的金额'],
    ['0', '金额必须大于 0'],
    ['40.01', '最多可退 ¥40.00'],
  ])('sends nothing for %j and says why', async (amount, why) => {
    const server = fakeServer(() => json(refund, 201))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await type('refund-amount', amount)
    el('refund-submit')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain(why))
    expect(server.calls).toHaveLength(0)
    expect(confirmed.texts).toHaveLength(0)
    w.unmount()
  })

  it('shows the server problem when the refund is refused (amount over what is left)', async () => {
    fakeServer(() => problem(422, 6007, { detail: 'only 3999 left' }))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await type('refund-amount', '40')
    el('refund-submit')!.click()
    await flushPromises()
    expect(text('refund-error')).toContain('退款金额超过订单可退金额')
    expect(w.emitted('done')).toBeUndefined()
    w.unmount()
  })
})

describe('payment orders page', () => {
  function answer(path: string): Response {
    if (path === '/api/payments/orders') return json({ items: [paid, waiting], page: 0, size: 20, total: 2 })
    if (path === `/api/payments/orders/${paid.orderNo}`) return json(paid)
    if (path === `/api/payments/orders/${paid.orderNo}/refunds`) return json([refund])
    if (path === '/api/payments/notifications') return json({ items: [credited], page: 0, size: 50, total: 1 })
    return problem(404, 1002)
  }

  function mountPage(permissions: string[]) {
    const pinia = signIn(permissions)
    return mount(OrdersPage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
  }

  it('says so and asks nothing without payments:read', async () => {
    const server = fakeServer((c) => answer(c.path))
    mountPage(['cards:read'])
    await flushPromises()
    expect(el('payments-forbidden')).not.toBeNull()
    expect(server.calls).toHaveLength(0)
  })

  it('lists orders with their state as a tag, and sends the filters', async () => {
    const urls: URL[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      urls.push(new URL(r.url))
      return answer(new URL(r.url).pathname)
    }))
    mountPage(['payments:read'])
    await flushPromises()
    expect(el(`order-status-${paid.orderNo}`)?.dataset.status).toBe('PAID')
    expect(text(`order-status-${paid.orderNo}`)).toBe('已支付入账')
    // (the test renderer stubs the tag's transition, which then carries the attributes)
    expect(el(`order-status-${paid.orderNo}`)?.outerHTML).toContain('el-tag--success')
    expect(text(`order-status-${waiting.orderNo}`)).toBe('待支付')
    expect(text(`order-refunded-${paid.orderNo}`)).toBe('10.00')
    expect(text(`order-payer-${paid.orderNo}`)).toBe('张三 (E1001)')
    expect(text(`order-payer-${waiting.orderNo}`)).toBe('—')
    expect(urls[0]?.searchParams.get('size')).toBe('20')
    expect(urls[0]?.searchParams.has('employeeNo')).toBe(false)

    await type('orders-filter-no', ` ${paid.orderNo} `)
    await type('orders-filter-employee', ' E1001 ')
    el('orders-search')!.click()
    await flushPromises()
    expect(urls.at(-1)?.searchParams.get('orderNo')).toBe(paid.orderNo)
    expect(urls.at(-1)?.searchParams.get('employeeNo')).toBe('E1001')
    expect(urls.at(-1)?.searchParams.get('page')).toBe('0')
    expect(urls.at(-1)?.searchParams.has('status')).toBe(false)
  })

  it('opens an order with its timeline and refunds; refund only with payments:refund', async () => {
    fakeServer((c) => answer(c.path))
    const w = mountPage(['payments:read'])
    await flushPromises()
    el(`order-open-${paid.orderNo}`)!.click()
    await flushPromises()
    expect(text('order-no')).toBe(paid.orderNo)
    expect(el('order-status')?.dataset.status).toBe('PAID')
    const timeline = text('order-timeline')
    expect(timeline).toContain('下单 ¥50.00')
    expect(timeline).toContain('收到通知：已入账')
    expect(timeline).toContain('现金钱包入账 ¥50.00')
    expect(timeline).toContain('申请退款 ¥10.00：成功')
    expect(text('order-refunds')).toContain('RF1')
    expect(el('order-query')).not.toBeNull()
    expect(el('order-refund')).toBeNull()
    w.unmount()

    document.body.innerHTML = ''
    mountPage(['payments:read', 'payments:refund'])
    await flushPromises()
    el(`order-open-${paid.orderNo}`)!.click()
    await flushPromises()
    expect(el('order-refund')).not.toBeNull()
    expect((el('order-refund') as HTMLButtonElement).disabled).toBe(false)
  })
})

describe('reconciliation page', () => {
  it('runs for the day and channel picked and shows every group with counts and sums', async () => {
    const urls: URL[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      urls.push(new URL(r.url))
      return json({
        matched: 1, matchedFen: 1000,
        matchedOrders: [{ orderNo: 'A', statementFen: 1000, ledgerFen: 1000 }],
        missingInLedger: [{ orderNo: 'C', statementFen: 300 }],
        missingInStatement: [],
        amountDifferences: [{ orderNo: 'E', statementFen: 1200, ledgerFen: 1300 }],
      })
    }))
    const pinia = signIn(['payments:read'])
    mount(ReconciliationPage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
    await flushPromises()
    expect(urls).toHaveLength(0)
    el('reconcile-run')!.click()
    await flushPromises()
    expect(urls[0]?.pathname).toBe('/api/payments/reconciliation')
    expect(urls[0]?.searchParams.get('channel')).toBe('WECHAT')
    expect(urls[0]?.searchParams.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(el('reconcile-verdict')?.dataset.balanced).toBe('false')
    expect(text('reconcile-count-matched')).toBe('1')
    expect(text('reconcile-count-missingInLedger')).toBe('1')
    expect(text('reconcile-count-missingInStatement')).toBe('0')
    expect(text('reconcile-count-amountDiffers')).toBe('1')
    expect(el('reconcile-row-C')?.dataset.group).toBe('missingInLedger')
    expect(text('reconcile-rows')).toContain('-1.00')
  })

  it('shows why a statement could not be had', async () => {
    fakeServer(() => problem(503, 6009))
    const pinia = signIn(['payments:read'])
    mount(ReconciliationPage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
    el('reconcile-run')!.click()
    await flushPromises()
    expect(text('reconcile-error')).toContain('该日对账单尚不可用')
    expect(el('reconcile-rows')).toBeNull()
  })
})

describe('side menu', () => {
  async function menuFor(permissions: string[]) {
    const pinia = signIn(permissions)
    const router = createAppRouter('/')
    await router.push('/login').catch(() => undefined)
    return mount(SideMenu, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n('zh-CN')] } })
  }

  it('shows online payments only to operators with payments:read', async () => {
    fakeServer(() => json({}))
    const without = await menuFor(['cards:read'])
    expect(el('menu-payments')).toBeNull()
    without.unmount()
    document.body.innerHTML = ''
    await menuFor(['payments:read'])
    expect(el('menu-payments')?.textContent).toContain('在线支付')
  })
})
