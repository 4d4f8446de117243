import { api, unwrap } from '@/common/api/client'
import { formatFen, parseYuanToFen } from '@/common/utils/money'
import type {
  NozzleRequest,
  NozzleView,
  ShiftHandOverDetailView,
  ShiftHandOverRequest,
  ShiftHandOverView,
  ShiftTeamRequest,
  ShiftTeamView,
  TerminalView,
} from '@/common/api/types'

/** Dispensers, nozzles, teams and hand-overs are terminal data: the terminal permissions govern them. */
export const SHIFTS_READ = 'terminals:read'
export const SHIFTS_MANAGE = 'terminals:manage'
export const MAX_NOZZLE_NO = 99

/** The dispensers (terminals of purpose DISPENSER) in the operator's scope, the first 200. */
export async function listDispensers(): Promise<TerminalView[]> {
  const page = await unwrap(api.GET('/api/terminals', { params: { query: { purpose: 'DISPENSER', page: 0, size: 200 } } }))
  return page.items
}

export function listNozzles(terminalId: number): Promise<NozzleView[]> {
  return unwrap(api.GET('/api/terminals/{id}/nozzles', { params: { path: { id: terminalId } } }))
}

export function addNozzle(terminalId: number, body: NozzleRequest): Promise<NozzleView> {
  return unwrap(api.POST('/api/terminals/{id}/nozzles', { params: { path: { id: terminalId } }, body }))
}

export function setNozzleEnabled(terminalId: number, nozzleNo: number, enabled: boolean): Promise<NozzleView> {
  const params = { path: { id: terminalId, nozzleNo } }
  return unwrap(enabled ? api.POST('/api/terminals/{id}/nozzles/{nozzleNo}/enable', { params }) : api.POST('/api/terminals/{id}/nozzles/{nozzleNo}/disable', { params }))
}

export function listTeams(outletId?: number): Promise<ShiftTeamView[]> {
  return unwrap(api.GET('/api/shift-teams', { params: { query: { outletId } } }))
}

export function createTeam(body: ShiftTeamRequest): Promise<ShiftTeamView> {
  return unwrap(api.POST('/api/shift-teams', { body }))
}

export function addMember(teamId: number, serial: string): Promise<ShiftTeamView> {
  return unwrap(api.POST('/api/shift-teams/{id}/members', { params: { path: { id: teamId } }, body: { serial: serial.trim() } }))
}

export function removeMember(teamId: number, cardId: number): Promise<ShiftTeamView> {
  return unwrap(api.DELETE('/api/shift-teams/{id}/members/{cardId}', { params: { path: { id: teamId, cardId } } }))
}

/** Records a hand-over under a key chosen once per dialog, so a retried click records it once. */
export function recordHandOver(terminalId: number, body: ShiftHandOverRequest, key: string): Promise<ShiftHandOverDetailView> {
  return unwrap(api.POST('/api/terminals/{id}/shift-handovers', { params: { path: { id: terminalId }, header: { 'Idempotency-Key': key } }, body }))
}

export function listHandOvers(outletId: number, from: string, to: string): Promise<ShiftHandOverView[]> {
  return unwrap(api.GET('/api/shift-handovers', { params: { query: { outletId, from, to } } }))
}

export function getHandOver(id: number): Promise<ShiftHandOverDetailView> {
  return unwrap(api.GET('/api/shift-handovers/{id}', { params: { path: { id } } }))
}

/**
 * Totaliser volumes are hundredths of the product's unit, as amounts are hundredths of a yuan: the
 * same two-decimal integer arithmetic shows and reads them.
 */
export function formatVolume(hundredths: number | null | undefined): string {
  return hundredths == null ? '' : formatFen(hundredths)
}

export function parseVolume(text: string): number | null {
  const parsed = parseYuanToFen(text, { allowZero: true })
  return parsed.ok ? parsed.fen : null
}
