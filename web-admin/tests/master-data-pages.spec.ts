import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { SystemParameters } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import CardTypeDialog from '@/pages/card-types/components/CardTypeDialog.vue'
import MealPeriodsPage from '@/pages/meal-periods/index.vue'
import OrgUnitDialog from '@/pages/org/components/OrgUnitDialog.vue'
import { buildTree } from '@/pages/org/tree'
import SettingsPage from '@/pages/settings/index.vue'
import { fakeServer, json, problem, tokens, type Call } from './helpers'

const params: SystemParameters = {
  maxCardBalanceFen: 999900,
  singleRechargeLimitFen: 0,
  rechargeAtIssueAllowed: true,
  negativeRechargeAllowed: false,
  depositFen: 2000,
  cardCostFen: 0,
  cardValidityYears: 10,
  greyWaitingDays: 0,
  correctionWindowHours: 24,
  subsidyValidityDays: 0,
  subsidyMonthOnly: false,
  walletMode: 'DUAL',
  defaultDeductionOrder: 'SUBSIDY_THEN_CASH',
  autoCardNo: true,
  cardNoLength: 10,
}

function mountWith(component: Component, props: Record<string, unknown> = {}, permissions = ['settings:read', 'settings:manage', 'people:manage']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(component, { props, attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

function puts(calls: Call[], path: string): Call[] {
  return calls.filter((c) => c.path === path && c.method !== 'GET')
}

describe('system parameters page', () => {
  beforeEach(() => {
    sessionStorage.clear()
    document.body.innerHTML = ''
  })

  it('shows amounts in yuan and saves a new maximum balance as integer fen', async () => {
    const server = fakeServer((c) => json(c.method === 'PUT' ? c.body : params))
    const w = mountWith(SettingsPage)
    await flushPromises()
    const max = w.get('input[data-testid="param-maxCardBalanceFen"]')
    expect((max.element as HTMLInputElement).value).toBe('9999.00')
    await max.setValue('8888.88')
    await w.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    const [put] = puts(server.calls, '/api/parameters')
    expect(put?.body).toEqual({ ...params, maxCardBalanceFen: 888888 })
  })

  it('refuses a bad amount before calling the server', async () => {
    const server = fakeServer(() => json(params))
    const w = mountWith(SettingsPage)
    await flushPromises()
    await w.get('input[data-testid="param-depositFen"]').setValue('1.234')
    await w.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    expect(puts(server.calls, '/api/parameters')).toHaveLength(0)
    await vi.waitFor(() => expect(w.text()).toContain('金额最多两位小数'))
  })

  it('shows 5001 against the locked field that was changed', async () => {
    fakeServer((c) => (c.method === 'PUT' ? problem(409, 5001, { detail: 'Cards have been issued' }) : json(params)))
    const w = mountWith(SettingsPage)
    await flushPromises()
    await w.get('[data-testid="param-autoCardNo"]').element.closest('.el-switch')!.dispatchEvent(new Event('click'))
    await w.get('[data-testid="settings-save"]').trigger('click')
    await flushPromises()
    const item = w.get('[data-testid="param-autoCardNo"]').element.closest('.el-form-item')
    await vi.waitFor(() => expect(item?.textContent).toContain('已有卡片发行，该参数不能再修改'))
    const other = w.get('[data-testid="param-cardNoLength"]').element.closest('.el-form-item')
    expect(other?.textContent).not.toContain('已有卡片发行')
  })

  it('shows the form read-only without settings:manage', async () => {
    fakeServer(() => json(params))
    const w = mountWith(SettingsPage, {}, ['settings:read'])
    await flushPromises()
    expect(w.find('[data-testid="settings-save"]').exists()).toBe(false)
    expect((w.get('input[data-testid="param-maxCardBalanceFen"]').element as HTMLInputElement).disabled).toBe(true)
  })
})

describe('meal periods page', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  const periods = {
    periods: [
      { id: 1, name: '早餐', start: '06:30:00', end: '09:00:00', enabled: true },
      { id: 2, name: '午餐', start: '08:00:00', end: '13:00:00', enabled: true },
    ],
  }

  it('hints at an overlap and shows the server errors on their rows', async () => {
    const server = fakeServer((c) =>
      c.method === 'PUT'
        ? problem(400, 1001, { errors: [{ field: 'periods[1].start', message: 'must not be before period 1 ends' }] })
        : json(periods),
    )
    const w = mountWith(MealPeriodsPage)
    await flushPromises()
    expect(w.get('[data-testid="period-hint-2"]').text()).toContain('与餐别 1 重叠')
    await w.get('[data-testid="meal-periods-save"]').trigger('click')
    await flushPromises()
    const [put] = puts(server.calls, '/api/meal-periods')
    expect((put?.body as { periods: unknown[] }).periods).toHaveLength(8)
    expect(w.get('[data-testid="period-error-2"]').text()).toContain('must not be before period 1 ends')
    expect(w.find('[data-testid="period-error-1"]').exists()).toBe(false)
  })
})

describe('department dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  const tree = buildTree([{ id: 1, code: '0', name: '示范大学', children: [{ id: 2, code: '001', name: '行政办公室', children: [] }] }])

  it('previews the next code, sends the suffix and shows 4002 from the catalogue', async () => {
    const server = fakeServer(() => problem(409, 4002))
    const w = mountWith(OrgUnitDialog, { modelValue: true, mode: 'add', unit: tree[0] })
    await flushPromises()
    const body = document.body
    expect(body.querySelector('[data-testid="org-code-preview"]')?.textContent).toBe('002')
    const name = body.querySelector<HTMLInputElement>('[data-testid="org-name"] input, input[data-testid="org-name"]')!
    name.value = '财务处'
    name.dispatchEvent(new Event('input'))
    const suffix = body.querySelector<HTMLInputElement>('[data-testid="org-suffix"] input, input[data-testid="org-suffix"]')!
    suffix.value = '05'
    suffix.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(body.querySelector('[data-testid="org-code-preview"]')?.textContent).toBe('005')
    body.querySelector<HTMLButtonElement>('[data-testid="org-submit"]')!.click()
    await flushPromises()
    expect(server.calls[0]?.body).toEqual({ name: '财务处', parentId: 1, suffix: '05' })
    expect(body.querySelector('[data-testid="org-error"]')?.textContent).toContain('此处不能再增加下级部门')
    w.unmount()
  })

  it('refuses a suffix that is not two digits without calling the server', async () => {
    const server = fakeServer(() => json({}))
    const w = mountWith(OrgUnitDialog, { modelValue: true, mode: 'add', unit: tree[0] })
    await flushPromises()
    const body = document.body
    const name = body.querySelector<HTMLInputElement>('[data-testid="org-name"] input, input[data-testid="org-name"]')!
    name.value = '财务处'
    name.dispatchEvent(new Event('input'))
    const suffix = body.querySelector<HTMLInputElement>('[data-testid="org-suffix"] input, input[data-testid="org-suffix"]')!
    suffix.value = '00'
    suffix.dispatchEvent(new Event('input'))
    body.querySelector<HTMLButtonElement>('[data-testid="org-submit"]')!.click()
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    await vi.waitFor(() => expect(body.textContent).toContain('请输入 01 到 99 之间的两位数字'))
    w.unmount()
  })
})

describe('card type dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('sends the per-day limit typed in yuan as fen', async () => {
    const server = fakeServer((c) => json({ ...(c.body as object), id: 9 }, 201))
    const w = mountWith(CardTypeDialog, { modelValue: true, cardType: null, periods: [] })
    await flushPromises()
    const body = document.body
    const set = (id: string, value: string) => {
      const input = body.querySelector<HTMLInputElement>(`[data-testid="${id}"] input, input[data-testid="${id}"]`)!
      input.value = value
      input.dispatchEvent(new Event('input'))
    }
    set('card-type-name', '测试卡类')
    set('card-type-perDayAmountLimitFen', '25.50')
    body.querySelector<HTMLButtonElement>('[data-testid="card-type-submit"]')!.click()
    await flushPromises()
    expect(server.calls[0]?.method).toBe('POST')
    expect(server.calls[0]?.body).toMatchObject({ name: '测试卡类', perDayAmountLimitFen: 2550, perDayCountLimit: 0, allTerminals: true })
    expect(w.emitted('saved')).toHaveLength(1)
    w.unmount()
  })

  it('shows 5003 from the catalogue when the name is taken', async () => {
    fakeServer(() => problem(409, 5003))
    const w = mountWith(CardTypeDialog, { modelValue: true, cardType: null, periods: [] })
    await flushPromises()
    const input = document.body.querySelector<HTMLInputElement>('[data-testid="card-type-name"] input, input[data-testid="card-type-name"]')!
    input.value = '学生'
    input.dispatchEvent(new Event('input'))
    document.body.querySelector<HTMLButtonElement>('[data-testid="card-type-submit"]')!.click()
    await flushPromises()
    expect(document.body.querySelector('[data-testid="card-type-error"]')?.textContent).toContain('名称已被使用')
    w.unmount()
  })
})
