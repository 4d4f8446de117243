import { describe, expect, it } from 'vitest'
import type { MealTally } from '@/common/api/types'
import { mealCell, mealColumns, mealRow } from '@/pages/reports/meal-format'

const totals: MealTally[] = [
  { mealPeriodId: 1, mealName: '早餐', count: 2, amountFen: 650 },
  { mealPeriodId: 2, mealName: '午餐', count: 2, amountFen: 2_200 },
  { count: 1, amountFen: 80 },
]

describe('meal statistics formatting', () => {
  it('takes the meal columns from the totals, the no-meal column last as the server sends it', () => {
    expect(mealColumns(totals)).toEqual([{ id: 1, name: '早餐' }, { id: 2, name: '午餐' }, { id: null, name: null }])
  })

  it('shows count / yuan per meal and leaves a meal the line did not have empty', () => {
    const meals: MealTally[] = [{ mealPeriodId: 2, mealName: '午餐', count: 1, amountFen: 1_200 }, { count: 1, amountFen: 80 }]
    expect(mealCell(meals, 2)).toBe('1 / 12.00')
    expect(mealCell(meals, null)).toBe('1 / 0.80')
    expect(mealCell(meals, 1)).toBe('')
  })

  it('lays a line out as code, name, the meals in column order, then count and yuan', () => {
    const line = { code: 'A001', name: '安', meals: [totals[0]!], count: 2, amountFen: 650 }
    expect(mealRow(line, mealColumns(totals))).toEqual(['A001', '安', '2 / 6.50', '', '', '2', '6.50'])
  })
})
