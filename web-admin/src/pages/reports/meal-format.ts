import type { MealStatisticsLine, MealTally } from '@/common/api/types'
import { formatFen } from '@/common/utils/money'

/** A meal column: its period id (null: outside every period) and the name the server gave it. */
export interface MealColumn {
  id: number | null
  name: string | null
}

/** The meal columns of a report: the periods in its totals, in the server's order. */
export function mealColumns(totalsByMeal: MealTally[]): MealColumn[] {
  return totalsByMeal.map((m) => ({ id: m.mealPeriodId ?? null, name: m.mealName ?? null }))
}

/** "count / yuan" of one meal of a line, empty when the line had none of it. */
export function mealCell(meals: MealTally[], id: number | null): string {
  const m = meals.find((x) => (x.mealPeriodId ?? null) === id)
  return m ? `${m.count} / ${formatFen(m.amountFen)}` : ''
}

/** One row: code, name, a cell per meal column, then the line's count and yuan. */
export function mealRow(line: Pick<MealStatisticsLine, 'code' | 'name' | 'meals' | 'count' | 'amountFen'>, columns: MealColumn[]): string[] {
  return [line.code ?? '', line.name ?? '', ...columns.map((c) => mealCell(line.meals, c.id)), String(line.count), formatFen(line.amountFen)]
}
