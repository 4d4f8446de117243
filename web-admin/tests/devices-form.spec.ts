import { describe, expect, it } from 'vitest'
import type { TerminalView } from '@/common/api/types'
import { emptyForm, readMachineNo, toForm, toRequest, type DeviceForm } from '@/pages/devices/form'

function form(patch: Partial<DeviceForm> = {}): DeviceForm {
  return { ...emptyForm(7), machineNo: '12', serial: 'SN-001', ...patch }
}

describe('device form', () => {
  it('accepts machine numbers 1 to 999 only, as whole numbers', () => {
    expect(readMachineNo('1')).toBe(1)
    expect(readMachineNo(' 999 ')).toBe(999)
    expect(readMachineNo('007')).toBe(7)
    for (const bad of ['0', '1000', '-1', '1.5', '1e2', 'abc', '']) expect(readMachineNo(bad)).toBeUndefined()
    expect(toRequest(form({ machineNo: '1000' }))).toEqual({ ok: false, problems: { machineNo: 'range' } })
    expect(toRequest(form({ machineNo: ' ' }))).toEqual({ ok: false, problems: { machineNo: 'required' } })
  })

  it('sends a FIXED amount typed in yuan as integer fen', () => {
    const read = toRequest(form({ mode: 'FIXED', fixedAmount: '12.50' }))
    expect(read).toMatchObject({ ok: true, body: { machineNo: 12, mode: 'FIXED', fixedAmountFen: 1250 } })
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '0.07' }))).toMatchObject({ ok: true, body: { fixedAmountFen: 7 } })
  })

  it('refuses a missing, zero, over-precise or too large fixed amount in the FIXED mode', () => {
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '' }))).toEqual({ ok: false, problems: { fixedAmountFen: 'empty' } })
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '0' }))).toEqual({ ok: false, problems: { fixedAmountFen: 'zero' } })
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '1.234' }))).toEqual({ ok: false, problems: { fixedAmountFen: 'decimals' } })
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '10000.00' }))).toEqual({ ok: false, problems: { fixedAmountFen: 'tooLarge' } })
    expect(toRequest(form({ mode: 'FIXED', fixedAmount: '9999.99' }))).toMatchObject({ ok: true, body: { fixedAmountFen: 999999 } })
  })

  it('leaves the fixed amount out in every other mode, whatever the hidden field holds', () => {
    const read = toRequest(form({ mode: 'FREE_AMOUNT', fixedAmount: 'not money' }))
    expect(read.ok).toBe(true)
    if (read.ok) expect(read.body.fixedAmountFen).toBeUndefined()
  })

  it('checks serial, outlet and interval and trims the texts', () => {
    expect(toRequest(form({ serial: '' })).ok).toBe(false)
    expect(toRequest(form({ serial: 'has space' }))).toEqual({ ok: false, problems: { serial: 'serial' } })
    expect(toRequest(form({ outletId: undefined }))).toEqual({ ok: false, problems: { outletId: 'required' } })
    expect(toRequest(form({ sameCardIntervalSeconds: 3601 }))).toEqual({ ok: false, problems: { sameCardIntervalSeconds: 'range' } })
    expect(toRequest(form({ serial: ' A1 ', model: '  ' }))).toEqual({
      ok: true,
      body: {
        machineNo: 12, serial: 'A1', model: undefined, purpose: 'CONSUMPTION', outletId: 7,
        mode: 'FREE_AMOUNT', fixedAmountFen: undefined, sameCardIntervalSeconds: 0,
      },
    })
  })

  it('shows a terminal fixed amount in yuan when editing', () => {
    const v = { id: 1, code: '00000012', machineNo: 12, serial: 'S', purpose: 'CASHIER', outletId: 3, mode: 'FIXED', fixedAmountFen: 850 } as TerminalView
    expect(toForm(v)).toMatchObject({ machineNo: '12', fixedAmount: '8.50', model: '', purpose: 'CASHIER', sameCardIntervalSeconds: 0 })
  })
})
