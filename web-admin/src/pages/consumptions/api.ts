import { api, unwrap } from '@/common/api/client'
import type { ConsumptionPage, ConsumptionView, OutletSummary, SupplementaryRequest } from '@/common/api/types'

export const CARDS_READ = 'cards:read'
export const CONSUMPTION_PAGE_SIZE = 20
/** enough for every outlet of a campus in one select */
const OUTLETS_SIZE = 200

export interface ConsumptionQuery {
  personId?: number
  outletId?: number
  page: number
}

export function searchConsumptions(q: ConsumptionQuery): Promise<ConsumptionPage> {
  const query = { personId: q.personId, outletId: q.outletId, page: q.page, size: CONSUMPTION_PAGE_SIZE }
  return unwrap(api.GET('/api/consumptions', { params: { query } }))
}

export function enterSupplementary(body: SupplementaryRequest, key: string): Promise<ConsumptionView> {
  return unwrap(api.POST('/api/consumptions/supplementary', { params: { header: { 'Idempotency-Key': key } }, body }))
}

/** amountFen: what should have been charged (0 or more). */
export function correctConsumption(postingId: number, amountFen: number, key: string): Promise<ConsumptionView> {
  return unwrap(
    api.POST('/api/consumptions/{postingId}/correction', {
      params: { path: { postingId }, header: { 'Idempotency-Key': key } },
      body: { amountFen },
    }),
  )
}

export async function listOutlets(): Promise<OutletSummary[]> {
  const page = await unwrap(api.GET('/api/outlets', { params: { query: { size: OUTLETS_SIZE } } }))
  return page.items
}
