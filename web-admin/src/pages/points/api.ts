import { api, unwrap } from '@/common/api/client'
import type { PersonPointsView, PointsRuleView, PointsSummary } from '@/common/api/types'

export const POINTS_RULES_READ = 'settings:read'
export const POINTS_RULES_MANAGE = 'settings:manage'
export const POINTS_PERSON_READ = 'cards:read'
export const POINTS_SUMMARY_READ = 'ledger:read'
export const POINTS_PAGE_SIZE = 20

export function listRules(): Promise<PointsRuleView[]> {
  return unwrap(api.GET('/api/points/rules'))
}

export async function putRule(outletId: number, pointsPerYuan: number): Promise<void> {
  await unwrap(api.PUT('/api/points/rules/{outletId}', { params: { path: { outletId } }, body: { pointsPerYuan } }))
}

export async function deleteRule(outletId: number): Promise<void> {
  await unwrap(api.DELETE('/api/points/rules/{outletId}', { params: { path: { outletId } } }))
}

export function personPoints(personId: number, page: number): Promise<PersonPointsView> {
  return unwrap(api.GET('/api/points/accounts/{personId}', {
    params: { path: { personId }, query: { page, size: POINTS_PAGE_SIZE } },
  }))
}

export function pointsSummary(from: string, to: string): Promise<PointsSummary> {
  return unwrap(api.GET('/api/points/summary', { params: { query: { from, to } } }))
}

export function pointsSummaryWorkbook(from: string, to: string): Promise<Blob> {
  return unwrap(api.GET('/api/points/summary.xlsx', { params: { query: { from, to } }, parseAs: 'blob' }))
}
