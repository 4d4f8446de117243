import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import type { OutletSummary, TerminalKey, TerminalView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import DeviceDialog from '@/pages/devices/components/DeviceDialog.vue'
import KeyDialog from '@/pages/devices/components/KeyDialog.vue'
import DevicesPage from '@/pages/devices/index.vue'
import { fakeServer, json, problem, tokens } from './helpers'

const KEY = '0123456789abcdef'.repeat(4)
const outlets: OutletSummary[] = [{ id: 5, name: '第一食堂', kind: 'CANTEEN', merchantId: 1, merchantName: '后勤' }]
const device: TerminalView = {
  id: 9, code: '00000012', machineNo: 12, serial: 'SN-12', model: 'X1', purpose: 'CONSUMPTION', outletId: 5, outletName: '第一食堂',
  mode: 'FREE_AMOUNT', enabled: true, keyVersion: 1, sameCardIntervalSeconds: 0, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
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
