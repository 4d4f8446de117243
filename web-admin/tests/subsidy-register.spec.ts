import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { CardView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import RegisterDialog from '@/pages/subsidies/components/RegisterDialog.vue'
import { fakeServer, json, problem, type Call } from './helpers'

vi.mock('@/pages/cards/confirm', () => ({ confirmAction: () => Promise.resolve(true) }))

const card: CardView = {
  id: 7,
  cardNo: '00000007',
  serial: 'S7',
  personId: 3,
  status: 'NORMAL',
  cashFen: 0,
  subsidyFen: 0,
  pendingSubsidyFen: 0,
  depositFen: 2000,
  costFen: 500,
  expiresOn: '2030-01-01',
  issuedOn: '2026-01-01',
  lostRefunded: false,
  replayed: false,
}
const person = { id: 3, name: '张三', employeeNo: 'E001', orgUnitCode: '01', orgUnitId: 1, orgUnitName: '计算机学院', status: 'ACTIVE' }

function el(testid: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  if (!found) throw new Error(`no ${testid}`)
  return found
}

function input(testid: string): HTMLInputElement {
  const found = document.querySelector<HTMLInputElement>(`[data-testid="${testid}"] input, input[data-testid="${testid}"]`)
  if (!found) throw new Error(`no input ${testid}`)
  return found
}

async function type(testid: string, text: string): Promise<void> {
  const i = input(testid)
  i.value = text
  i.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function readCard(serial: string): Promise<void> {
  input('subsidy-person-by-card').click()
  await flushPromises()
  await type('subsidy-person-card', serial)
  input('subsidy-person-card').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
  await flushPromises()
}

function server(register: (call: Call) => Response) {
  return fakeServer((call) => {
    if (call.path === '/api/cards/lookup') return json(card)
    if (call.path === '/api/people/3') return json(person)
    return register(call)
  })
}

function mountDialog() {
  const w = mount(RegisterDialog, {
    props: { modelValue: false, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
    global: { plugins: [createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
  return w
}

describe('RegisterDialog', () => {
  it('registers for the holder of the card read, the amount in integer fen, distributed at once', async () => {
    const s = server(() => json([{ id: 1 }], 201))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await readCard('S7')
    expect(el('subsidy-person-picked').textContent).toContain('张三（E001）')
    expect(el('subsidy-person-picked').textContent).toContain('00000007')
    await type('subsidy-amount', '120.5')
    input('subsidy-distribute-now').click()
    await flushPromises()
    el('subsidy-register-submit').click()
    await flushPromises()
    const post = s.calls.find((c) => c.path === '/api/subsidies')
    expect(post?.method).toBe('POST')
    expect(post?.body).toEqual({ items: [{ personId: 3, amountFen: 12050, mode: 'CUMULATIVE' }], distribute: true })
    expect(post?.idempotencyKey).toBeTruthy()
    expect(w.emitted('registered')).toHaveLength(1)
    w.unmount()
  })

  it('asks for a person and a valid amount before calling the server', async () => {
    const s = server(() => json([], 201))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await type('subsidy-amount', '0.001')
    el('subsidy-register-submit').click()
    await flushPromises()
    expect(s.calls).toHaveLength(0)
    const errors = () => Array.from(document.querySelectorAll('.el-form-item__error')).map((e) => e.textContent?.trim())
    await vi.waitFor(() => expect(errors()).toEqual(expect.arrayContaining(['请选择人员', '金额最多两位小数'])))
    w.unmount()
  })

  it('shows the catalogue message of a refused registration and keeps the key for the retry', async () => {
    let code = 5018
    const s = server(() => problem(409, code))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await readCard('S7')
    await type('subsidy-amount', '10')
    el('subsidy-register-submit').click()
    await flushPromises()
    expect(el('subsidy-register-error').textContent).toContain('该人员有尚未领取的补贴')
    code = 5020
    el('subsidy-register-submit').click()
    await flushPromises()
    expect(el('subsidy-register-error').textContent).toContain('补贴到期日已过')
    const posts = s.calls.filter((c) => c.path === '/api/subsidies')
    expect(posts).toHaveLength(2)
    expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey)
    w.unmount()
  })

  it('clears the person when a card does not read', async () => {
    fakeServer((call) => (call.path === '/api/cards/lookup' ? problem(404, 1002) : json(person)))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await readCard('NOPE')
    expect(document.querySelector('[data-testid="subsidy-person-picked"]')).toBeNull()
    expect(el('subsidy-person-error').textContent).toContain('资源不存在')
    w.unmount()
  })
})
