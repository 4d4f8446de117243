import { describe, expect, it } from 'vitest'
import { formatFen } from '@/common/utils/money'

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [5, '0.05'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [12345, '123.45'],
    [-1, '-0.01'],
    [-99, '-0.99'],
    [-100, '-1.00'],
    [-12345, '-123.45'],
  ])('formats %s fen as %s yuan', (fen, yuan) => {
    expect(formatFen(fen)).toBe(yuan)
  })

  it('does not print negative zero', () => {
    expect(formatFen(-0)).toBe('0.00')
  })

  it('is exact at the edge of safe integers, where floating point would round', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91')
    expect(formatFen(-Number.MAX_SAFE_INTEGER)).toBe('-90071992547409.91')
    // 0.1 + 0.2 style errors: 29 fen must stay 0.29, 1005 fen 10.05
    expect(formatFen(29)).toBe('0.29')
    expect(formatFen(1005)).toBe('10.05')
  })

  it('takes int64 values beyond 2^53 as bigint or digit strings', () => {
    expect(formatFen(9223372036854775807n)).toBe('92233720368547758.07')
    expect(formatFen(-9223372036854775808n)).toBe('-92233720368547758.08')
    expect(formatFen('9223372036854775807')).toBe('92233720368547758.07')
    expect(formatFen('-250')).toBe('-2.50')
  })

  it('rejects anything that is not a whole number of fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError)
    expect(() => formatFen(Number.NaN)).toThrow(RangeError)
    expect(() => formatFen(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => formatFen(2 ** 53)).toThrow(RangeError)
    expect(() => formatFen('12.34')).toThrow(TypeError)
    expect(() => formatFen('')).toThrow(TypeError)
    expect(() => formatFen('abc')).toThrow(TypeError)
    expect(() => formatFen('1e5')).toThrow(TypeError)
  })
})
