import { describe, expect, it } from 'vitest'
import { emptyOperator, passwordProblem, toOperatorRequest } from '@/pages/devices/operators'

describe('terminal operator form', () => {
  it('reads a cashier and a supervisor', () => {
    expect(toOperatorRequest({ operatorNo: ' 01 ', name: ' 收银员甲 ', password: '1234' }))
      .toEqual({ ok: true, body: { operatorNo: '01', name: '收银员甲', password: '1234' } })
    expect(toOperatorRequest({ operatorNo: '00', name: '主管', password: '123456' }).ok).toBe(true)
  })

  it('names every bad field', () => {
    expect(toOperatorRequest(emptyOperator())).toEqual({ ok: false, problems: { operatorNo: 'required', name: 'required', password: 'required' } })
    expect(toOperatorRequest({ operatorNo: '1', name: 'x', password: '123' }))
      .toEqual({ ok: false, problems: { operatorNo: 'number', password: 'password' } })
    expect(toOperatorRequest({ operatorNo: 'a1', name: 'x', password: '1234567' }))
      .toEqual({ ok: false, problems: { operatorNo: 'number', password: 'password' } })
  })

  it('takes a password of 4 to 6 digits only', () => {
    expect(passwordProblem('1234')).toBeUndefined()
    expect(passwordProblem('123456')).toBeUndefined()
    expect(passwordProblem('12a4')).toBe('password')
    expect(passwordProblem('')).toBe('required')
  })
})
