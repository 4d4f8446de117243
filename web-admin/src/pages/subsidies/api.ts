import { api, unwrap } from '@/common/api/client'
import type { RegisterSubsidiesRequest, SubsidyPage, SubsidyStatus, SubsidyView } from '@/common/api/types'

export const SUBSIDY_READ = 'subsidy:read'
export const SUBSIDY_MANAGE = 'subsidy:manage'
export const SUBSIDY_PAGE_SIZE = 20

export interface SubsidyQuery {
  personId?: number
  status?: SubsidyStatus
  batchRef?: string
  /** yyyy-MM */
  month?: string
  page: number
}

/** Empty filters are left out rather than sent as empty strings. */
export function searchSubsidies(q: SubsidyQuery): Promise<SubsidyPage> {
  const query = {
    personId: q.personId,
    status: q.status || undefined,
    batchRef: q.batchRef?.trim() || undefined,
    month: q.month || undefined,
    page: q.page,
    size: SUBSIDY_PAGE_SIZE,
  }
  return unwrap(api.GET('/api/subsidies', { params: { query } }))
}

export function registerSubsidies(body: RegisterSubsidiesRequest, key: string): Promise<SubsidyView[]> {
  return unwrap(api.POST('/api/subsidies', { params: { header: { 'Idempotency-Key': key } }, body }))
}

export function distributeSubsidies(ids: number[], key: string): Promise<SubsidyView[]> {
  return unwrap(api.POST('/api/subsidies/distribute', { params: { header: { 'Idempotency-Key': key } }, body: { ids } }))
}

/** Only a registered subsidy can be deleted; it moves no money, so it needs no idempotency key. */
export function deleteSubsidy(id: number): Promise<SubsidyView> {
  return unwrap(api.DELETE('/api/subsidies/{id}', { params: { path: { id } } }))
}

export function reverseSubsidy(id: number, key: string): Promise<SubsidyView> {
  return unwrap(api.POST('/api/subsidies/{id}/reverse', { params: { path: { id }, header: { 'Idempotency-Key': key } } }))
}
