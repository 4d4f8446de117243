import { describe, expect, it } from 'vitest'
import { parseYuanToFen } from '@/common/utils/money'

describe('parseYuanToFen', () => {
  it.each([
    ['12.34', 1234],
    ['12.3', 1230],
    ['12', 1200],
    ['0.01', 1],
    ['0.1', 10],
    [' 20.00 ', 2000],
    ['007.5', 750],
    // past what a double holds exactly in yuan*100 arithmetic: 0.29 * 100 = 28.999999999999996
    ['0.29', 29],
    ['1.15', 115],
    ['90071992547409.91', 9007199254740991],
  ])('reads %j as %i fen', (input, fen) => {
    expect(parseYuanToFen(input)).toEqual({ ok: true, fen })
  })

  it.each([
    ['12.345', 'decimals'],
    ['0.001', 'decimals'],
    ['-1', 'negative'],
    ['-0.50', 'negative'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['12a', 'format'],
    ['1,000', 'format'],
    ['1e3', 'format'],
    ['+5', 'format'],
    ['.5', 'format'],
    ['12.', 'format'],
    ['１２', 'format'],
    ['Infinity', 'format'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['90071992547409.92', 'tooLarge'],
    ['99999999999999999999999', 'tooLarge'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseYuanToFen(input)).toEqual({ ok: false, problem })
  })

  it('accepts zero only where a free amount makes sense', () => {
    expect(parseYuanToFen('0', { allowZero: true })).toEqual({ ok: true, fen: 0 })
    expect(parseYuanToFen('0.00', { allowZero: true })).toEqual({ ok: true, fen: 0 })
    expect(parseYuanToFen('-0', { allowZero: true })).toEqual({ ok: false, problem: 'negative' })
  })
})
