import { api, unwrap } from '@/common/api/client'
import type {
  TerminalCreateRequest,
  TerminalKey,
  TerminalMode,
  TerminalPage,
  TerminalPurpose,
  TerminalUpdateRequest,
  TerminalView,
} from '@/common/api/types'

export const TERMINALS_READ = 'terminals:read'
export const TERMINALS_MANAGE = 'terminals:manage'
export const DEVICE_PAGE_SIZE = 20
export const PURPOSES: readonly TerminalPurpose[] = ['CONSUMPTION', 'CASHIER', 'SUBSIDY', 'RECHARGE_POS', 'ISSUER', 'DISPENSER']
export const MODES: readonly TerminalMode[] = ['FREE_AMOUNT', 'FIXED', 'FIXED_BY_SEGMENT', 'KEY_VALUE', 'PRODUCT', 'TIMED', 'COUNT_ONLY']

export interface DeviceQuery {
  outletId?: number
  purpose?: TerminalPurpose
  enabled?: boolean
  page: number
}

export function listDevices(q: DeviceQuery, size = DEVICE_PAGE_SIZE): Promise<TerminalPage> {
  const query = { outletId: q.outletId, purpose: q.purpose, enabled: q.enabled, page: q.page, size }
  return unwrap(api.GET('/api/terminals', { params: { query } }))
}

/** The answer holds the new MAC key: show it once, never keep it. */
export function createDevice(body: TerminalCreateRequest): Promise<TerminalKey> {
  return unwrap(api.POST('/api/terminals', { body }))
}

export function updateDevice(id: number, body: TerminalUpdateRequest): Promise<TerminalView> {
  return unwrap(api.PUT('/api/terminals/{id}', { params: { path: { id } }, body }))
}

export function setDeviceEnabled(id: number, enabled: boolean): Promise<TerminalView> {
  const params = { params: { path: { id } } }
  return unwrap(enabled ? api.POST('/api/terminals/{id}/enable', params) : api.POST('/api/terminals/{id}/disable', params))
}

/** A new MAC key; the old one stops working at once. */
export function rotateDeviceKey(id: number): Promise<TerminalKey> {
  return unwrap(api.POST('/api/terminals/{id}/key', { params: { path: { id } } }))
}

export async function deleteDevice(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/terminals/{id}', { params: { path: { id } } }))
}
