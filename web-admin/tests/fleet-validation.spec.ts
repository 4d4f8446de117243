import { describe, expect, it } from 'vitest'
import { isFleetCode, normaliseIdNumber, normalisePlate } from '@/pages/fleets/validation'

describe('plates', () => {
  it.each([
    ['粤B12345', '粤B12345'],
    [' 京a·12345 ', '京A12345'],
    ['沪C-1234挂', '沪C1234挂'],
    ['粤B D 1 2 3 4 5', '粤BD12345'],
    ['粤BFA1234', '粤BFA1234'],
    ['川A12345D', '川A12345D'],
    ['苏ＥＡ１２３４', '苏EA1234'],
  ])('normalises %s to %s, as the server does', (typed, stored) => {
    expect(normalisePlate(typed)).toBe(stored)
  })

  it.each(['', 'B12345', '粤12345', '粤B1234', '粤B123456', '粤BI2345', '粤BO2345', '粤BX12345', '川A12345X', '港B12345'])(
    'refuses %s',
    (typed) => {
      expect(normalisePlate(typed)).toBeNull()
    },
  )
})

describe('driver ID numbers', () => {
  it('accepts a matching check digit and raises x', () => {
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X')
    expect(normaliseIdNumber('440301199001011234')).toBe('440301199001011234')
  })

  it('refuses a wrong check digit, a short number or an impossible month', () => {
    expect(normaliseIdNumber('440301199001011235')).toBeNull()
    expect(normaliseIdNumber('44030119900101123')).toBeNull()
    expect(normaliseIdNumber('440301199013011234')).toBeNull()
  })
})

describe('fleet codes', () => {
  it('takes 1 to 16 letters, digits, - or _', () => {
    expect(isFleetCode('F-001')).toBe(true)
    expect(isFleetCode('')).toBe(false)
    expect(isFleetCode('有中文')).toBe(false)
    expect(isFleetCode('X'.repeat(17))).toBe(false)
  })
})
