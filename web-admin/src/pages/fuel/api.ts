import { api, unwrap } from '@/common/api/client'
import type {
  FuelBoughtView, FuelCardView, FuelClearingView, FuelPriceRequest, FuelPriceView, FuelSalesSummaryView, GreyCardView,
  UnlockedView,
} from '@/common/api/types'
import type { ReportQuery } from '@/pages/reports/api'

export const FUEL_PRICES_READ = 'settings:read'
export const FUEL_PRICES_MANAGE = 'settings:manage'
export const FUEL_CARDS_READ = 'cards:read'
export const FUEL_CARDS_MANAGE = 'cards:manage'
export const FUEL_COUNTER = 'money:counter'
export const FUEL_MODES = ['PREPAID_AMOUNT', 'PREPAID_VOLUME', 'CREDIT_AMOUNT', 'CREDIT_VOLUME'] as const
export type FuelMode = (typeof FUEL_MODES)[number]
export const FUEL_GROUPS = ['CARD_MODE', 'PLATE', 'FLEET', 'CARD_TYPE'] as const
export type FuelGroup = (typeof FUEL_GROUPS)[number]

const keyed = (key: string) => ({ header: { 'Idempotency-Key': key } })

export function listPrices(outletId?: number): Promise<FuelPriceView[]> {
  return unwrap(api.GET('/api/fuel/prices', { params: { query: { outletId } } }))
}

export function addPrice(body: FuelPriceRequest): Promise<FuelPriceView> {
  return unwrap(api.POST('/api/fuel/prices', { body }))
}

export function fuelCard(cardId: number): Promise<FuelCardView> {
  return unwrap(api.GET('/api/fuel/cards/{cardId}', { params: { path: { cardId } } }))
}

export function putFuelCard(cardId: number, mode: FuelMode, priceLevel: number): Promise<FuelCardView> {
  return unwrap(api.PUT('/api/fuel/cards/{cardId}', { params: { path: { cardId } }, body: { mode, priceLevel } }))
}

export function putCreditLimit(cardId: number, limit: number, key: string): Promise<FuelCardView> {
  return unwrap(api.PUT('/api/fuel/cards/{cardId}/credit-limit', {
    params: { path: { cardId }, ...keyed(key) }, body: { limit },
  }))
}

export function buyVolume(cardId: number, outletId: number, volume: number, key: string): Promise<FuelBoughtView> {
  return unwrap(api.POST('/api/fuel/cards/{cardId}/volume-purchases', {
    params: { path: { cardId }, ...keyed(key) }, body: { outletId, volume },
  }))
}

export function clearCredit(cardId: number, key: string): Promise<FuelClearingView> {
  return unwrap(api.POST('/api/fuel/cards/{cardId}/clearings', { params: { path: { cardId }, ...keyed(key) } }))
}

export function greyCards(): Promise<GreyCardView[]> {
  return unwrap(api.GET('/api/fuel/grey-cards'))
}

export function unlockGreyCard(lockId: number, volume: number | undefined, key: string): Promise<UnlockedView> {
  return unwrap(api.POST('/api/fuel/grey-cards/{lockId}/unlock', {
    params: { path: { lockId }, ...keyed(key) }, body: { volume },
  }))
}

function salesQuery(q: ReportQuery, groupBy: FuelGroup) {
  return { from: q.from, to: q.to, groupBy, outletId: q.outletIds.length ? q.outletIds : undefined }
}

export function fuelSales(q: ReportQuery, groupBy: FuelGroup): Promise<FuelSalesSummaryView> {
  return unwrap(api.GET('/api/reports/fuel-sales', { params: { query: salesQuery(q, groupBy) } }))
}

export function fuelSalesWorkbook(q: ReportQuery, groupBy: FuelGroup): Promise<Blob> {
  return unwrap(api.GET('/api/reports/fuel-sales.xlsx', { params: { query: salesQuery(q, groupBy) }, parseAs: 'blob' }))
}
