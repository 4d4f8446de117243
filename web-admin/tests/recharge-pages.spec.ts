import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CardView, CashReportDay, RechargeOperatorView, RechargePromotionView, TerminalRechargeView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import SideMenu from '@/layouts/components/SideMenu.vue'
import CashReportsPage from '@/pages/recharge/cash-reports.vue'
import BindDialog from '@/pages/recharge/components/BindDialog.vue'
import PromotionDialog from '@/pages/recharge/components/PromotionDialog.vue'
import OperatorsPage from '@/pages/recharge/operators.vue'
import PromotionsPage from '@/pages/recharge/promotions.vue'
import WriteFailuresPage from '@/pages/recharge/write-failures.vue'
import { createAppRouter } from '@/router'
import { fakeServer, json, problem, tokens } from './helpers'

const confirmed = vi.hoisted(() => ({ texts: [] as string[], answer: true }))
vi.mock('@/pages/cards/confirm', () => ({
  confirmAction: (text: string) => {
    confirmed.texts.push(text)
    return Promise.resolve(confirmed.answer)
  },
}))

const bound: RechargeOperatorView = {
  operatorId: 11, username: 'rop1', displayName: '收款员甲', cardId: 501, cardNo: 'C000501', serial: 'AB01', cardStatus: 'NORMAL',
  failedAttempts: 0, locked: false, createdAt: '2026-11-20T02:00:00Z',
}
const locked: RechargeOperatorView = { ...bound, operatorId: 12, username: 'rop2', displayName: '收款员乙', cardId: 502, cardNo: 'C000502', failedAttempts: 3, locked: true }
const opCard = { id: 777, cardNo: 'C000777', serial: 'FF77', status: 'NORMAL' } as CardView
const failure: TerminalRechargeView = {
  id: 41, postingId: 900, kind: 'RECHARGE', terminalId: 3, terminalCode: '00000990', operatorId: 11, cardId: 88, amountFen: 5000,
  bonusFen: 250, accountingDate: '2026-11-21', createdAt: '2026-11-21T03:00:00Z', writeFailedAt: '2026-11-21T03:00:01Z',
}
const promo: RechargePromotionView = {
  id: 5, name: '双十一充值送', startsOn: '2026-11-01', endsOn: '2026-11-30', minAmountFen: 10000, maxAmountFen: 49999, percent: 5,
  maxBonusFen: 2000, channels: ['RECHARGE_POS', 'ONLINE'], enabled: true, createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-10-01T00:00:00Z',
}
const cashDay = (operatorId: number, name: string | undefined, over: Partial<CashReportDay>): CashReportDay => ({
  operatorId, operatorName: name, day: '2026-11-21', recharges: 0, rechargeFen: 0, reversals: 0, reversedFen: 0, refunds: 0, refundFen: 0,
  bonusFen: 0, netCashFen: 0, ...over,
})

function signIn(permissions: string[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'centre', displayName: 'C', roles: [], permissions }
  return pinia
}

const el = (testId: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
const text = (testId: string) => el(testId)?.textContent?.trim() ?? ''

async function type(testId: string, value: string): Promise<void> {
  const input = document.body.querySelector<HTMLInputElement>(
    `[data-testid="${testId}"] input, [data-testid="${testId}"] textarea, input[data-testid="${testId}"], textarea[data-testid="${testId}"]`,
  )
  if (!input) throw new Error(`no input ${testId}`)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

/** Form-item errors appear through a transition. */
async function shows(testId: string, why: string): Promise<void> {
  await vi.waitFor(() => expect(text(testId)).toContain(why))
}

async function click(testId: string): Promise<void> {
  const target = el(testId)
  if (!target) throw new Error(`no ${testId}`)
  target.click()
  await flushPromises()
}

function mountPage(component: object, permissions: string[]) {
  const pinia = signIn(permissions)
  return mount(component, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

beforeEach(() => {
  document.body.innerHTML = ''
  confirmed.texts = []
  confirmed.answer = true
})
afterEach(() => vi.unstubAllGlobals())

describe('the recharge menu group', () => {
  it('shows each page only to operators who may use it, and none without any', async () => {
    const shown = async (permissions: string[]) => {
      document.body.innerHTML = ''
      const pinia = signIn(permissions)
      const router = createAppRouter('/')
      await router.push('/')
      const w = mount(SideMenu, { attachTo: document.body, global: { plugins: [pinia, router, createAppI18n('zh-CN')] } })
      await flushPromises()
      const items = ['recharge-operators', 'recharge-write-failures', 'recharge-cash-reports', 'recharge-promotions']
      const out = { group: el('menu-recharge') !== null, items: items.filter((i) => el(`menu-${i}`) !== null) }
      w.unmount()
      return out
    }
    expect(await shown(['payments:read'])).toEqual({ group: false, items: [] })
    expect(await shown(['ledger:read', 'settings:read'])).toEqual({ group: true, items: ['recharge-cash-reports', 'recharge-promotions'] })
    expect(await shown(['operator:manage', 'cards:read', 'ledger:read', 'settings:read'])).toEqual({
      group: true,
      items: ['recharge-operators', 'recharge-write-failures', 'recharge-cash-reports', 'recharge-promotions'],
    })
  })
})

describe('recharge operators page', () => {
  it('says so and asks nothing without operator:manage', async () => {
    const server = fakeServer(() => json([]))
    mountPage(OperatorsPage, ['cards:read'])
    await flushPromises()
    expect(el('recharge-forbidden')).not.toBeNull()
    expect(server.calls).toHaveLength(0)
  })

  it('lists each binding with its state; unlock only where PINs went wrong', async () => {
    fakeServer(() => json([bound, locked]))
    mountPage(OperatorsPage, ['operator:manage'])
    await flushPromises()
    const table = text('operators-table')
    expect(table).toContain('收款员甲')
    expect(table).toContain('C000501')
    expect(table).toContain('正常')
    expect(el('operator-state-12')?.dataset.locked).toBe('true')
    expect(text('operator-state-12')).toContain('已锁定')
    expect(el('operator-unlock-11')).toBeNull()
    expect(el('operator-unlock-12')).not.toBeNull()
  })

  it('revokes a card only after confirming, and nothing when the operator cancels', async () => {
    const server = fakeServer((c) => (c.method === 'DELETE' ? json(bound) : json([bound])))
    mountPage(OperatorsPage, ['operator:manage'])
    await flushPromises()
    confirmed.answer = false
    await click('operator-unbind-11')
    expect(confirmed.texts[0]).toContain('C000501')
    expect(server.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0)
    confirmed.answer = true
    await click('operator-unbind-11')
    expect(server.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/recharge-operators/11'])
  })

  it('shows the problem when unlocking fails', async () => {
    fakeServer((c) => (c.method === 'POST' ? problem(404, 1002) : json([locked])))
    mountPage(OperatorsPage, ['operator:manage'])
    await flushPromises()
    await click('operator-unlock-12')
    expect(text('operators-error')).toContain('资源不存在')
  })
})

describe('BindDialog', () => {
  function answer(c: { method: string; path: string }): Response {
    if (c.path === '/api/recharge-operators/candidates') return json([{ operatorId: 21, username: 'rop3', displayName: '收款员丙' }])
    if (c.path === '/api/cards/lookup') return json(opCard)
    if (c.path === '/api/cards/777/kind') return json({ cardId: 777, kind: 'OPERATOR' })
    if (c.path === '/api/cards/777/pin') return new Response(null, { status: 204 })
    if (c.path === '/api/recharge-operators/21') return json({ ...bound, operatorId: 21, cardId: 777, cardNo: 'C000777' })
    return problem(404, 1002)
  }

  function mountDialog() {
    const pinia = signIn(['operator:manage'])
    const w = mount(BindDialog, {
      props: { modelValue: true, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
      global: { plugins: [pinia, createAppI18n('zh-CN')] },
      attachTo: document.body,
    })
    return w
  }

  async function pick(w: ReturnType<typeof mountDialog>, operatorId: number): Promise<void> {
    // Element Plus options render lazily in a teleported popper: choose through the select's model
    w.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', operatorId)
    await flushPromises()
  }

  it('makes the card an operator card, sets its PIN and binds it, in that order', async () => {
    const server = fakeServer(answer)
    const w = mountDialog()
    await flushPromises()
    await pick(w, 21)
    await type('bind-card', 'C000777')
    await click('bind-find')
    expect(text('bind-card-found')).toContain('C000777')
    await type('bind-pin', '246810')
    await click('bind-submit')
    const writes = server.calls.filter((c) => c.method === 'PUT')
    expect(writes.map((c) => c.path)).toEqual(['/api/cards/777/kind', '/api/cards/777/pin', '/api/recharge-operators/21'])
    expect(writes.map((c) => c.body)).toEqual([{ kind: 'OPERATOR' }, { pin: '246810' }, { cardId: 777 }])
    expect(w.emitted('done')?.[0]?.[0]).toMatchObject({ operatorId: 21 })
    expect(w.props('modelValue')).toBe(false)
  })

  it('sends nothing without an operator, a card found, or with a PIN that is not six digits', async () => {
    const server = fakeServer(answer)
    const w = mountDialog()
    await flushPromises()
    await click('bind-submit')
    await shows('bind-dialog', '请选择操作员')
    await shows('bind-dialog', '请先查找授权卡')
    await pick(w, 21)
    await type('bind-card', 'C000777')
    await click('bind-find')
    await type('bind-pin', '12345')
    await click('bind-submit')
    await shows('bind-dialog', 'PIN 须为 6 位数字')
    expect(server.calls.filter((c) => c.method === 'PUT')).toHaveLength(0)
  })

  it('shows the catalogue message when the card is taken, and keeps the dialog open', async () => {
    fakeServer((c) => (c.path === '/api/recharge-operators/21' ? problem(409, 5148) : answer(c)))
    const w = mountDialog()
    await flushPromises()
    await pick(w, 21)
    await type('bind-card', 'C000777')
    await click('bind-find')
    await click('bind-make-operator')
    await click('bind-submit')
    expect(text('bind-error')).toContain('该授权卡或操作员已有绑定')
    expect(w.props('modelValue')).toBe(true)
    expect(w.emitted('done')).toBeUndefined()
  })
})

describe('card-write failures page', () => {
  it('lists the open ones, and repairs one after confirming with the note', async () => {
    const server = fakeServer((c) => (c.method === 'POST' ? json({ ...failure, repairedAt: '2026-11-21T04:00:00Z' }) : json([failure])))
    mountPage(WriteFailuresPage, ['cards:read', 'cards:manage'])
    await flushPromises()
    expect(server.calls[0]?.path).toBe('/api/recharge-write-failures')
    expect(text('failure-amount-41')).toBe('50.00')
    expect(text('failure-state-41')).toBe('未处理')
    await click('failure-repair-41')
    await type('repair-note', ' 柜台重写 ')
    await click('repair-submit')
    expect(confirmed.texts[0]).toContain('¥50.00')
    const post = server.calls.find((c) => c.method === 'POST')
    expect(post?.path).toBe('/api/recharge-write-failures/41/repair')
    expect(post?.body).toEqual({ note: '柜台重写' })
  })

  it('sends the open filter, and shows why a repair was refused', async () => {
    const urls: URL[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      urls.push(new URL(r.url))
      return r.method === 'POST' ? problem(409, 5146) : json([failure])
    }))
    mountPage(WriteFailuresPage, ['cards:read', 'cards:manage'])
    await flushPromises()
    expect(urls[0]?.searchParams.get('open')).toBe('true')
    await click('failure-repair-41')
    await click('repair-submit')
    expect(text('repair-error')).toContain('该写卡失败记录不存在或已修复')
  })

  it('offers no repair without cards:manage', async () => {
    fakeServer(() => json([failure]))
    mountPage(WriteFailuresPage, ['cards:read'])
    await flushPromises()
    expect(text('failures-table')).toContain('00000990')
    expect(el('failure-repair-41')).toBeNull()
  })
})

describe('cash reports page', () => {
  it("opens today's report with each operator's cash and a totals row", async () => {
    const urls: URL[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      urls.push(new URL(r.url))
      return json([
        cashDay(11, '收款员甲', { recharges: 2, rechargeFen: 15_000, reversals: 1, reversedFen: 5_000, bonusFen: 250, netCashFen: 10_000 }),
        cashDay(12, undefined, { recharges: 1, rechargeFen: 1, refunds: 1, refundFen: 2_000, netCashFen: -1_999 }),
      ])
    }))
    mountPage(CashReportsPage, ['ledger:read'])
    await flushPromises()
    expect(urls[0]?.pathname).toBe('/api/cash-reports/day')
    expect(urls[0]?.searchParams.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const table = text('cash-table')
    expect(table).toContain('收款员甲')
    expect(table).toContain('#12')
    expect(table).toContain('150.00')
    expect(table).toContain('-19.99')
    const footer = document.body.querySelector('[data-testid="cash-table"] .el-table__footer')?.textContent ?? ''
    expect(footer).toContain('合计')
    expect(footer).toContain('150.01')
    expect(footer).toContain('80.01')
  })

  it('asks for the history between two days and shows why the server refused', async () => {
    const urls: URL[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      urls.push(new URL(r.url))
      return urls.length === 1 ? json([]) : problem(400, 1001)
    }))
    mountPage(CashReportsPage, ['ledger:read'])
    await flushPromises()
    await click('cash-mode-history')
    await click('cash-run')
    expect(urls[1]?.pathname).toBe('/api/cash-reports')
    expect(urls[1]?.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(urls[1]?.searchParams.get('to')).toBe(urls[1]?.searchParams.get('from'))
    expect(text('cash-error')).toContain('输入校验失败')
  })

  it('says so without ledger:read', async () => {
    const server = fakeServer(() => json([]))
    mountPage(CashReportsPage, ['cards:read'])
    await flushPromises()
    expect(el('recharge-forbidden')).not.toBeNull()
    expect(server.calls).toHaveLength(0)
  })
})

describe('promotions page', () => {
  it('lists rules with their tier and bonus in yuan; no editing without settings:manage', async () => {
    fakeServer(() => json([promo]))
    mountPage(PromotionsPage, ['settings:read'])
    await flushPromises()
    expect(text('promotion-name-5')).toBe('双十一充值送')
    const table = text('promotions-table')
    expect(table).toContain('¥100.00 – ¥499.99')
    expect(table).toContain('增值机、在线支付')
    expect(text('promotion-bonus-5')).toBe('5% （封顶 ¥20.00）')
    expect(el('promotions-add')).toBeNull()
    expect(el('promotion-delete-5')).toBeNull()
  })

  it('deletes a rule only after confirming', async () => {
    const server = fakeServer((c) => (c.method === 'DELETE' ? new Response(null, { status: 204 }) : json([promo])))
    mountPage(PromotionsPage, ['settings:read', 'settings:manage'])
    await flushPromises()
    await click('promotion-delete-5')
    expect(confirmed.texts[0]).toContain('双十一充值送')
    expect(server.calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/recharge-promotions/5')
  })
})

describe('PromotionDialog', () => {
  function mountDialog(promotion: RechargePromotionView | null) {
    const pinia = signIn(['settings:read', 'settings:manage'])
    const w = mount(PromotionDialog, {
      props: { promotion, modelValue: true, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
      global: { plugins: [pinia, createAppI18n('zh-CN')] },
      attachTo: document.body,
    })
    return w
  }

  it('saves a changed rule with the yuan typed as integer fen', async () => {
    const server = fakeServer((c) => json({ ...promo, ...(c.body as object) }))
    const w = mountDialog(promo)
    await flushPromises()
    await type('promotion-min', '200.5')
    await type('promotion-percent', '10')
    await type('promotion-max-bonus', '')
    await click('promotion-submit')
    expect(server.calls[0]?.method).toBe('PUT')
    expect(server.calls[0]?.path).toBe('/api/recharge-promotions/5')
    expect(server.calls[0]?.body).toEqual({
      name: '双十一充值送', startsOn: '2026-11-01', endsOn: '2026-11-30', minAmountFen: 20050, maxAmountFen: 49999, percent: 10,
      maxBonusFen: 0, channels: ['RECHARGE_POS', 'ONLINE'], enabled: true,
    })
    expect(w.emitted('saved')).toHaveLength(1)
  })

  it.each([
    ['a percent of 101', 'promotion-percent', '101', '比例须为 1–100 的整数'],
    ['a percent of 0', 'promotion-percent', '0', '比例须为 1–100 的整数'],
    ['a maximum under the minimum', 'promotion-max', '50', '最高充值不能低于最低充值'],
    ['three decimals', 'promotion-min', '100.001', '金额最多两位小数'],
  ])('sends nothing for %s and says why', async (_, field, value, why) => {
    const server = fakeServer(() => json(promo))
    mountDialog(promo)
    await flushPromises()
    await type(field, value)
    await click('promotion-submit')
    await shows('promotion-dialog', why)
    expect(server.calls).toHaveLength(0)
  })

  it('refuses a rule ending before it starts', async () => {
    const server = fakeServer(() => json(promo))
    mountDialog({ ...promo, startsOn: '2026-11-30', endsOn: '2026-11-01' })
    await flushPromises()
    await click('promotion-submit')
    await shows('promotion-dialog', '结束日期不能早于开始日期')
    expect(server.calls).toHaveLength(0)
  })

  it('a new rule needs a name, dates, a minimum and a percent before anything is sent', async () => {
    const server = fakeServer(() => json(promo, 201))
    mountDialog(null)
    await flushPromises()
    await click('promotion-submit')
    for (const why of ['请输入名称', '请选择活动日期', '请输入金额', '比例须为 1–100 的整数']) await shows('promotion-dialog', why)
    expect(server.calls).toHaveLength(0)
  })

  it('shows the server problem when the rule overlaps another', async () => {
    fakeServer(() => problem(409, 5147))
    const w = mountDialog(promo)
    await flushPromises()
    await click('promotion-submit')
    expect(text('promotion-error')).toContain('与已有优惠规则的金额档位和日期重叠')
    expect(w.props('modelValue')).toBe(true)
  })
})
