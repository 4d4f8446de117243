import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { CardView } from '@/common/api/types'
import { createAppI18n } from '@/common/i18n'
import { newIdempotencyKey, useIdempotencyKey } from '@/common/composables/useIdempotencyKey'
import RechargeDialog from '@/pages/cards/components/RechargeDialog.vue'
import { fakeServer, json, problem } from './helpers'

vi.mock('@/pages/cards/confirm', () => ({ confirmAction: () => Promise.resolve(true) }))

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const card: CardView = {
  id: 7,
  cardNo: '00000007',
  serial: 'S7',
  personId: 3,
  status: 'NORMAL',
  cashFen: 0,
  subsidyFen: 0, pendingSubsidyFen: 0,
  depositFen: 2000,
  costFen: 500,
  expiresOn: '2030-01-01',
  issuedOn: '2026-01-01',
  lostRefunded: false,
  replayed: false,
}

describe('useIdempotencyKey', () => {
  it('keeps one key while the dialog stays open and takes a new one when it opens again', () => {
    const open = ref(false)
    const key = useIdempotencyKey(open)
    open.value = true
    const first = key.value
    expect(first).toMatch(UUID)
    expect(key.value).toBe(first) // a retry reads the same key
    open.value = false
    expect(key.value).toBe(first)
    open.value = true
    expect(key.value).not.toBe(first)
  })

  it('builds a v4 UUID without crypto.randomUUID (plain-http desk PCs)', () => {
    const real = globalThis.crypto
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) })
    expect(newIdempotencyKey()).toMatch(UUID)
  })
})

describe('RechargeDialog', () => {
  function mountDialog() {
    return mount(RechargeDialog, {
      props: { card, modelValue: false, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
      global: { plugins: [createAppI18n('zh-CN')] },
      attachTo: document.body,
    })
  }
  let w: ReturnType<typeof mountDialog>

  function amountInput(): HTMLInputElement {
    const el = document.querySelector<HTMLInputElement>('[data-testid="recharge-amount"] input, input[data-testid="recharge-amount"]')
    if (!el) throw new Error('no amount input')
    return el
  }

  async function submit(): Promise<void> {
    document.querySelector<HTMLButtonElement>('[data-testid="recharge-submit"]')?.click()
    await flushPromises()
  }

  it('retries with the same key and uses a new one after reopening; amounts go out as integer fen', async () => {
    let fail = true
    const server = fakeServer(() => (fail ? problem(503, 1000) : json({ ...card, cashFen: 1234 })))
    w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    const input = amountInput()
    input.value = '12.34'
    input.dispatchEvent(new Event('input'))
    await submit()
    expect(document.querySelector('[data-testid="recharge-error"]')?.textContent).toContain('请求格式错误')
    fail = false
    await submit() // the retry after an error
    const [first, second] = server.calls
    expect(first?.body).toEqual({ amountFen: 1234 })
    expect(first?.idempotencyKey).toMatch(UUID)
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey)
    expect(w.emitted('done')).toHaveLength(1)

    await w.setProps({ modelValue: true })
    await flushPromises()
    const again = amountInput()
    again.value = '1'
    again.dispatchEvent(new Event('input'))
    await submit()
    expect(server.calls[2]?.idempotencyKey).toMatch(UUID)
    expect(server.calls[2]?.idempotencyKey).not.toBe(first?.idempotencyKey)
    w.unmount()
  })

  it('refuses a third decimal without calling the server', async () => {
    const server = fakeServer(() => json(card))
    w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    const input = amountInput()
    input.value = '12.345'
    input.dispatchEvent(new Event('input'))
    await submit()
    expect(server.calls).toHaveLength(0)
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain('金额最多两位小数'))
    w.unmount()
  })
})
