import { api, unwrap } from '@/common/api/client'
import type { MerchantPage, MerchantRequest, MerchantView, OutletKind, OutletPage, OutletView } from '@/common/api/types'

export const MERCHANT_MANAGE = 'merchant:manage'
export const MERCHANT_READ = 'merchant:read'
export const MERCHANT_PAGE_SIZE = 20
export const OUTLET_KINDS: readonly OutletKind[] = ['CANTEEN', 'SHOP', 'OTHER']

export function listMerchants(name: string, page: number, size = MERCHANT_PAGE_SIZE): Promise<MerchantPage> {
  return unwrap(api.GET('/api/merchants', { params: { query: { name: name.trim() || undefined, page, size } } }))
}

export function createMerchant(body: MerchantRequest): Promise<MerchantView> {
  return unwrap(api.POST('/api/merchants', { body }))
}

export function updateMerchant(id: number, body: MerchantRequest): Promise<MerchantView> {
  return unwrap(api.PUT('/api/merchants/{id}', { params: { path: { id } }, body }))
}

export async function deleteMerchant(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/merchants/{id}', { params: { path: { id } } }))
}

export interface OutletQuery {
  merchantId: number
  name: string
  kind?: OutletKind
  page: number
}

export function listOutlets(q: OutletQuery, size = MERCHANT_PAGE_SIZE): Promise<OutletPage> {
  const query = { merchantId: q.merchantId, name: q.name.trim() || undefined, kind: q.kind || undefined, page: q.page, size }
  return unwrap(api.GET('/api/outlets', { params: { query } }))
}

export function createOutlet(body: { merchantId: number; name: string; kind: OutletKind }): Promise<OutletView> {
  return unwrap(api.POST('/api/outlets', { body }))
}

export function updateOutlet(id: number, body: { name: string; kind: OutletKind }): Promise<OutletView> {
  return unwrap(api.PUT('/api/outlets/{id}', { params: { path: { id } }, body }))
}

export async function deleteOutlet(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/outlets/{id}', { params: { path: { id } } }))
}
