import { api, unwrap } from '@/common/api/client'
import type { MealPeriods } from '@/common/api/types'

export function getMealPeriods(): Promise<MealPeriods> {
  return unwrap(api.GET('/api/meal-periods'))
}

export function saveMealPeriods(body: MealPeriods): Promise<MealPeriods> {
  return unwrap(api.PUT('/api/meal-periods', { body }))
}
