import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { OutletSummary, TerminalKey, TerminalView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import DeviceDialog from '@/pages/devices/components/DeviceDialog.vue'
import KeyDialog from '@/pages/devices/components/KeyDialog.vue'
import ProductsDialog from '@/pages/devices/components/ProductsDialog.vue'
import DevicesPage from '@/pages/devices/index.vue'
import { fakeServer, json, problem, tokens } from './helpers'

const KEY = '0123456789abcdef'.repeat(4)
const outlets: OutletSummary[] = [{ id: 5, name: '第一食堂', kind: 'CANTEEN', merchantId: 1, merchantName: '后勤' }]
const device: TerminalView = {
  id: 9, code: '00000012', machineNo: 12, serial: 'SN-12', model: 'X1', purpose: 'CONSUMPTION', outletId: 5, outletName: '第一食堂',
  mode: 'FREE_AMOUNT', enabled: true, keyVersion: 1, sameCardIntervalSeconds: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
  online: false,
  lists: [
    { kind: 'WHITELIST', latestVersion: 0, upToDate: false },
    { kind: 'BLACKLIST', latestVersion: 0, upToDate: false },
    { kind: 'FACE', latestVersion: 0, upToDate: false },
  ],
  segments: [], keyValues: [], modeSwitches: [],
}
const issued: TerminalKey = { keyVersion: 1, macKey: KEY, terminal: device }

function mountWith(component: Component, props: Record<string, unknown> = {}, permissions = ['terminals:read', 'terminals:manage']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(component, { props, attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

function set(testId: string, value: string): void {
  const input = document.body.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`)!
  input.value = value
  input.dispatchEvent(new Event('input'))
}

function value(testId: string): string | undefined {
  return document.body.querySelector<HTMLInputElement>(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`)?.value
}

function click(testId: string): void {
  document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!.click()
}

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('device key dialog', () => {
  it('shows the 64-hex key once with a warning and copies it', async () => {
    const writeText = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { clipboard: { writeText } })
    vi.stubGlobal('isSecureContext', true)
    const w = mountWith(KeyDialog, { issued })
    await flushPromises()
    expect(document.body.querySelector('[data-testid="device-key"]')?.textContent).toBe(KEY)
    expect(document.body.querySelector('[data-testid="device-key-warning"]')?.textContent).toContain('只显示这一次')
    click('device-key-copy')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(KEY)
    click('device-key-close')
    expect(w.emitted('close')).toHaveLength(1)
    w.unmount()
  })

  it('shows nothing without a key', async () => {
    const w = mountWith(KeyDialog, { issued: null })
    await flushPromises()
    expect(document.body.querySelector('[data-testid="device-key"]')).toBeNull()
    w.unmount()
  })
})

describe('device dialog', () => {
  it('asks for the fixed amount only in the FIXED mode and sends it as fen', async () => {
    const server = fakeServer(() => json(issued, 201))
    const w = mountWith(DeviceDialog, { modelValue: true, device: null, outlets })
    await flushPromises()
    expect(document.body.querySelector('[data-testid="device-fixed-amount"]')).toBeNull()
    set('device-machine-no', '12')
    set('device-serial', 'SN-12')
    // choose FIXED through the select's model: Element Plus options render lazily in a teleported popper
    const mode = w.findAllComponents({ name: 'ElSelect' }).find((s) => s.props('modelValue') === 'FREE_AMOUNT')!
    mode.vm.$emit('update:modelValue', 'FIXED')
    await flushPromises()
    set('device-fixed-amount', '3.50')
    click('device-submit')
    await flushPromises()
    expect(server.calls[0]?.method).toBe('POST')
    expect(server.calls[0]?.body).toEqual({ machineNo: 12, serial: 'SN-12', purpose: 'CONSUMPTION', outletId: 5, mode: 'FIXED', fixedAmountFen: 350, sameCardIntervalSeconds: 0 })
    expect(w.emitted('created')?.[0]).toEqual([issued])
    w.unmount()
  })

  it('asks for the keys in the KEY_VALUE mode and sends them as fen, by key', async () => {
    const server = fakeServer(() => json(issued, 201))
    const w = mountWith(DeviceDialog, { modelValue: true, device: null, outlets })
    await flushPromises()
    set('device-machine-no', '12')
    set('device-serial', 'SN-12')
    const mode = w.findAllComponents({ name: 'ElSelect' }).find((s) => s.props('modelValue') === 'FREE_AMOUNT')!
    mode.vm.$emit('update:modelValue', 'KEY_VALUE')
    await flushPromises()
    click('device-submit')
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    await vi.waitFor(() => expect(document.body.textContent).toContain('请至少添加一项'))
    click('mode-key-add')
    click('mode-key-add')
    await flushPromises()
    set('mode-key-no-0', '7')
    set('mode-key-amount-0', '12')
    set('mode-key-amount-1', '3.5')
    click('device-submit')
    await flushPromises()
    expect(server.calls[0]?.body).toEqual({ machineNo: 12, serial: 'SN-12', purpose: 'CONSUMPTION', outletId: 5, mode: 'KEY_VALUE',
      sameCardIntervalSeconds: 0, keyValues: [{ keyNo: 2, amountFen: 350 }, { keyNo: 7, amountFen: 1200 }] })
    w.unmount()
  })

  it('shows a terminal\'s switches and segments when editing', async () => {
    const segmented: TerminalView = { ...device, mode: 'FIXED_BY_SEGMENT', segments: [{ start: '11:00:00', end: '13:30:00', amountFen: 1200 }],
      modeSwitches: [{ start: '17:00:00', end: '19:00:00', mode: 'COUNT_ONLY' }] }
    const server = fakeServer((c) => json({ ...segmented, ...(c.body as object) }))
    const w = mountWith(DeviceDialog, { modelValue: true, device: segmented, outlets })
    await flushPromises()
    expect(value('mode-segment-start-0')).toBe('11:00')
    expect(value('mode-segment-amount-0')).toBe('12.00')
    expect(value('mode-switch-end-0')).toBe('19:00')
    click('device-submit')
    await flushPromises()
    expect(server.calls[0]?.body).toMatchObject({ segments: [{ start: '11:00:00', end: '13:30:00', amountFen: 1200 }],
      modeSwitches: [{ start: '17:00:00', end: '19:00:00', mode: 'COUNT_ONLY' }] })
    w.unmount()
  })

  it('refuses machine number 1000 without calling the server', async () => {
    const server = fakeServer(() => json(issued, 201))
    const w = mountWith(DeviceDialog, { modelValue: true, device: null, outlets })
    await flushPromises()
    set('device-machine-no', '1000')
    set('device-serial', 'SN-12')
    click('device-submit')
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    await vi.waitFor(() => expect(document.body.textContent).toContain('机号须为 1 到 999 之间的整数'))
    w.unmount()
  })

  it('shows 5070 from the catalogue when the machine number is taken', async () => {
    fakeServer(() => problem(409, 5070))
    const w = mountWith(DeviceDialog, { modelValue: true, device: null, outlets })
    await flushPromises()
    set('device-machine-no', '12')
    set('device-serial', 'SN-12')
    click('device-submit')
    await flushPromises()
    expect(document.body.querySelector('[data-testid="device-error"]')?.textContent).toContain('机号已被其他设备使用')
    expect(w.emitted('created')).toBeUndefined()
    w.unmount()
  })

  it('updates without the machine number', async () => {
    const server = fakeServer((c) => json({ ...device, ...(c.body as object) }))
    const w = mountWith(DeviceDialog, { modelValue: true, device, outlets })
    await flushPromises()
    set('device-model', 'X2')
    click('device-submit')
    await flushPromises()
    expect(server.calls[0]).toMatchObject({ method: 'PUT', path: '/api/terminals/9' })
    expect(server.calls[0]?.body).toEqual({ serial: 'SN-12', model: 'X2', purpose: 'CONSUMPTION', outletId: 5, mode: 'FREE_AMOUNT', sameCardIntervalSeconds: 0 })
    w.unmount()
  })
})

describe('products dialog', () => {
  it('lists the outlet\'s products and adds one with its price in fen', async () => {
    const water = { id: 3, outletId: 5, barcode: '6901234567892', name: '矿泉水', priceFen: 350, discountPercent: 100, createdAt: '', updatedAt: '' }
    const server = fakeServer((c) => (c.method === 'POST' ? json({ ...water, id: 4 }, 201) : json({ items: [water], page: 0, size: 20, total: 1 })))
    const w = mountWith(ProductsDialog, { modelValue: true, outlets, canManage: true })
    await flushPromises()
    expect(document.body.querySelector('[data-testid="products-table"]')?.textContent).toContain('3.50')
    expect(server.calls[0]).toMatchObject({ method: 'GET', path: '/api/outlets/5/products' })
    click('product-create')
    await flushPromises()
    set('product-barcode', '6901234567893')
    set('product-name', '面包')
    set('product-price', '1.99')
    set('product-discount', '85')
    click('product-submit')
    await flushPromises()
    expect(server.calls[1]).toMatchObject({ method: 'POST', path: '/api/outlets/5/products',
      body: { barcode: '6901234567893', name: '面包', priceFen: 199, discountPercent: 85 } })
    w.unmount()
  })
})

describe('devices page', () => {
  it('lists terminals with their labels', async () => {
    const server = fakeServer((c) => json(c.path === '/api/outlets' ? { items: outlets, page: 0, size: 200, total: 1 } : { items: [device], page: 0, size: 20, total: 1 }))
    const w = mountWith(DevicesPage)
    await flushPromises()
    const table = w.get('[data-testid="devices-table"]').text()
    expect(table).toContain('00000012')
    expect(table).toContain('消费机')
    expect(table).toContain('随意消费')
    expect(table).toContain('从未联机')
    expect(w.get('[data-testid="device-state-12"]').text()).toBe('启用')
    expect(server.calls.filter((c) => c.path === '/api/terminals')).toHaveLength(1)
    w.unmount()
  })

  it('shows whether a terminal is online and which list versions it holds', async () => {
    const live: TerminalView = {
      ...device,
      online: true,
      lastSeenAt: '2026-03-15T04:30:45Z',
      lists: [
        { kind: 'WHITELIST', heldVersion: 40, latestVersion: 40, upToDate: true },
        { kind: 'BLACKLIST', heldVersion: 12, latestVersion: 15, upToDate: false },
        { kind: 'FACE', latestVersion: 0, upToDate: false },
      ],
    }
    fakeServer((c) => json(c.path === '/api/outlets' ? { items: outlets, page: 0, size: 200, total: 1 } : { items: [live], page: 0, size: 20, total: 1 }))
    const w = mountWith(DevicesPage)
    await flushPromises()
    expect(w.get('[data-testid="device-online-12"]').attributes('data-online')).toBe('true')
    expect(w.get('[data-testid="device-online-12"]').attributes('title')).toBe('在线')
    const lists = w.findAll('[data-testid="device-lists-12"] .el-tag')
    expect(lists.map((l) => l.text())).toEqual(['白 40/40', '黑 12/15'])
    expect(lists[0]!.classes()).toContain('el-tag--success')
    expect(lists[1]!.classes()).toContain('el-tag--warning')
    w.unmount()
  })

  it('shows an offline terminal that never asked for a list without list tags', async () => {
    fakeServer((c) => json(c.path === '/api/outlets' ? { items: outlets, page: 0, size: 200, total: 1 } : { items: [device], page: 0, size: 20, total: 1 }))
    const w = mountWith(DevicesPage)
    await flushPromises()
    expect(w.get('[data-testid="device-online-12"]').attributes('data-online')).toBe('false')
    expect(w.findAll('[data-testid="device-lists-12"] .el-tag')).toHaveLength(0)
    w.unmount()
  })

  it('asks again with the enabled filter, from the first page', async () => {
    const server = fakeServer((c) => json(c.path === '/api/outlets' ? { items: outlets, page: 0, size: 200, total: 1 } : { items: [], page: 0, size: 20, total: 0 }))
    const w = mountWith(DevicesPage)
    await flushPromises()
    const enabled = w.findAllComponents({ name: 'ElSelect' })[2]!
    enabled.vm.$emit('update:modelValue', false)
    enabled.vm.$emit('change', false)
    await flushPromises()
    const urls = server.fetchMock.mock.calls.map(([r]) => new URL((r as Request).url)).filter((u) => u.pathname === '/api/terminals')
    expect(urls).toHaveLength(2)
    expect(urls[1]?.searchParams.get('enabled')).toBe('false')
    expect(urls[1]?.searchParams.get('page')).toBe('0')
    w.unmount()
  })

  it('hides the manage actions without terminals:manage', async () => {
    fakeServer((c) => json(c.path === '/api/outlets' ? { items: outlets, page: 0, size: 200, total: 1 } : { items: [device], page: 0, size: 20, total: 1 }))
    const w = mountWith(DevicesPage, {}, ['terminals:read'])
    await flushPromises()
    expect(w.find('[data-testid="device-create"]').exists()).toBe(false)
    expect(w.find('[data-testid="device-toggle-12"]').exists()).toBe(false)
    w.unmount()
  })
})
