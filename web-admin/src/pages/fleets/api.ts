import { api, unwrap } from '@/common/api/client'
import type {
  CylinderChangeView,
  CylinderRequest,
  FleetPage,
  FleetRequest,
  FleetState,
  FleetView,
  VehiclePage,
  VehicleRequest,
  VehicleView,
} from '@/common/api/types'

/** Fleets and vehicles are cardholders' master data: people's permissions govern them. */
export const FLEETS_READ = 'people:read'
export const FLEETS_MANAGE = 'people:manage'
export const FLEET_PAGE_SIZE = 20
export const FLEET_STATES: readonly FleetState[] = ['ACTIVE', 'DISABLED']

export function listFleets(q: string, page: number, size = FLEET_PAGE_SIZE): Promise<FleetPage> {
  return unwrap(api.GET('/api/fleets', { params: { query: { q: q.trim() || undefined, page, size } } }))
}

export function createFleet(body: FleetRequest): Promise<FleetView> {
  return unwrap(api.POST('/api/fleets', { body }))
}

export function updateFleet(id: number, body: FleetRequest): Promise<FleetView> {
  return unwrap(api.PUT('/api/fleets/{id}', { params: { path: { id } }, body }))
}

export async function deleteFleet(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/fleets/{id}', { params: { path: { id } } }))
}

export function listVehicles(q: string, fleetId: number | undefined, page: number, size = FLEET_PAGE_SIZE): Promise<VehiclePage> {
  return unwrap(api.GET('/api/vehicles', { params: { query: { q: q.trim() || undefined, fleetId, page, size } } }))
}

export function createVehicle(body: VehicleRequest): Promise<VehicleView> {
  return unwrap(api.POST('/api/vehicles', { body }))
}

export function updateVehicle(id: number, body: VehicleRequest): Promise<VehicleView> {
  return unwrap(api.PUT('/api/vehicles/{id}', { params: { path: { id } }, body }))
}

export async function deleteVehicle(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/vehicles/{id}', { params: { path: { id } } }))
}

export function changeCylinder(id: number, body: CylinderRequest): Promise<VehicleView> {
  return unwrap(api.POST('/api/vehicles/{id}/cylinder-inspection', { params: { path: { id } }, body }))
}

export function cylinderHistory(id: number): Promise<CylinderChangeView[]> {
  return unwrap(api.GET('/api/vehicles/{id}/cylinder-inspection', { params: { path: { id } } }))
}
