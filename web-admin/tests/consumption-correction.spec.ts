import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/common/i18n'
import CorrectionDialog from '@/pages/consumptions/components/CorrectionDialog.vue'
import { correctionBlock, correctionEffect } from '@/pages/consumptions/correction'
import type { ConsumptionView } from '@/common/api/types'
import { fakeServer, json, problem } from './helpers'

vi.mock('@/pages/cards/confirm', () => ({ confirmAction: () => Promise.resolve(true) }))

const consumption: ConsumptionView = {
  postingId: 41,
  personId: 3,
  employeeNo: 'E001',
  personName: '张三',
  outletId: 1,
  outletName: '第一食堂',
  kind: 'ONLINE',
  amountFen: 1200,
  cashFen: 700,
  subsidyFen: 500,
  occurredAt: '2026-11-20T04:00:00Z',
  correctableUntil: '2026-11-23T04:00:00Z',
}

describe('correctionEffect', () => {
  it.each([
    [1200, 1000, 'refund', 200],
    [1200, 0, 'refund', 1200],
    [1200, 1500, 'charge', 300],
    [1200, 1200, 'none', 0],
    [29, 30, 'charge', 1],
    [Number.MAX_SAFE_INTEGER, 0, 'refund', Number.MAX_SAFE_INTEGER],
  ])('charged %i fen, should have been %i: %s %i', (charged, correct, direction, fen) => {
    expect(correctionEffect(charged, correct)).toEqual({ direction, fen })
  })

  it('refuses amounts that are not whole fen', () => {
    expect(() => correctionEffect(12.5, 10)).toThrow(RangeError)
    expect(() => correctionEffect(1200, Number.NaN)).toThrow(RangeError)
  })
})

describe('correctionBlock', () => {
  const now = new Date('2026-11-21T00:00:00Z')

  it('allows a correction inside the window', () => {
    expect(correctionBlock(consumption, now)).toBeNull()
  })

  it('blocks once corrected, even to 0', () => {
    expect(correctionBlock({ ...consumption, correctedAmountFen: 0 }, now)).toBe('corrected')
  })

  it('blocks after the window, and at its very end', () => {
    expect(correctionBlock({ ...consumption, correctableUntil: '2026-11-20T23:59:59Z' }, now)).toBe('windowPassed')
    expect(correctionBlock({ ...consumption, correctableUntil: now.toISOString() }, now)).toBe('windowPassed')
    expect(correctionBlock({ ...consumption, correctableUntil: 'not a time' }, now)).toBe('windowPassed')
  })
})

describe('CorrectionDialog', () => {
  function mountDialog() {
    const w = mount(CorrectionDialog, {
      props: { consumption, modelValue: false, 'onUpdate:modelValue': (v: boolean) => void w.setProps({ modelValue: v }) },
      global: { plugins: [createAppI18n('zh-CN')] },
      attachTo: document.body,
    })
    return w
  }

  function el(testid: string): HTMLElement {
    const found = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
    if (!found) throw new Error(`no ${testid}`)
    return found
  }

  async function typeAmount(text: string): Promise<void> {
    const input = document.querySelector<HTMLInputElement>('[data-testid="correction-amount"] input, input[data-testid="correction-amount"]')
    if (!input) throw new Error('no amount input')
    input.value = text
    input.dispatchEvent(new Event('input'))
    await flushPromises()
  }

  it('shows the original amount and what the correction refunds or charges', async () => {
    fakeServer(() => json(consumption))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    expect(el('correction-original').textContent).toBe('¥12.00')
    await typeAmount('10.5')
    expect(el('correction-effect').textContent?.trim()).toBe('将退还 ¥1.50')
    expect(el('correction-effect').dataset.direction).toBe('refund')
    await typeAmount('12.01')
    expect(el('correction-effect').textContent?.trim()).toBe('将补扣 ¥0.01')
    await typeAmount('12')
    expect(el('correction-effect').dataset.direction).toBe('none')
    w.unmount()
  })

  it('sends the correct amount as integer fen with one key for retries, and shows the catalogue message', async () => {
    let fail = true
    const server = fakeServer(() => (fail ? problem(422, 3001) : json({ ...consumption, correctedAmountFen: 0, correctionPostingId: 42 })))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await typeAmount('0')
    el('correction-submit').click()
    await flushPromises()
    expect(el('correction-error').textContent).toContain('余额不足')
    fail = false
    el('correction-submit').click()
    await flushPromises()
    const [first, second] = server.calls
    expect(first?.path).toBe('/api/consumptions/41/correction')
    expect(first?.body).toEqual({ amountFen: 0 })
    expect(first?.idempotencyKey).toBeTruthy()
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey)
    expect(w.emitted('done')?.[0]?.[0]).toMatchObject({ correctionPostingId: 42 })
    w.unmount()
  })

  it.each([
    [5021, '该笔消费已更正过'],
    [5022, '已超过更正期限'],
  ])('shows the catalogue message of code %i', async (code, text) => {
    fakeServer(() => problem(409, code))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await typeAmount('1')
    el('correction-submit').click()
    await flushPromises()
    expect(el('correction-error').textContent).toContain(text)
    expect(w.emitted('done')).toBeUndefined()
    w.unmount()
  })

  it('sends nothing for a bad amount', async () => {
    const server = fakeServer(() => json(consumption))
    const w = mountDialog()
    await w.setProps({ modelValue: true })
    await flushPromises()
    await typeAmount('-1')
    el('correction-submit').click()
    await flushPromises()
    expect(server.calls).toHaveLength(0)
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain('金额不能为负数'))
    w.unmount()
  })
})
