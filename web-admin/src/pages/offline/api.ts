import { api, unwrap } from '@/common/api/client'
import type { OfflineFileSummary, OfflineRecordPage } from '@/common/api/types'

export { TERMINALS_MANAGE, TERMINALS_READ } from '@/pages/devices/api'
export const OFFLINE_PAGE_SIZE = 20
// The contract types these as strings; terminal-protocol.md §2.3–2.5.1 names the values.
export const STATUSES = ['BOOKED', 'REJECTED'] as const
export const SOURCES = ['ADVICE', 'BATCH', 'FILE'] as const
export type OfflineStatus = (typeof STATUSES)[number]
export type OfflineSource = (typeof SOURCES)[number]

export interface OfflineQuery {
  terminalCode?: string
  status?: OfflineStatus
  overdrawnOnly: boolean
  page: number
}

export function listOfflineRecords(q: OfflineQuery): Promise<OfflineRecordPage> {
  const query = { terminalCode: q.terminalCode, status: q.status, overdrawnOnly: q.overdrawnOnly, page: q.page, size: OFFLINE_PAGE_SIZE }
  return unwrap(api.GET('/api/offline-records', { params: { query } }))
}

// The contract types the multipart field as a string (binary); the FormData built here is what is sent.
const NO_FIELDS = { file: '' }

/**
 * Sends a terminal's USB file. No Idempotency-Key: every record is taken once by its own key
 * (terminal, trace, date), so sending the file again books nothing twice.
 */
export function importOfflineFile(file: File): Promise<OfflineFileSummary> {
  const data = new FormData()
  data.append('file', file, file.name)
  return unwrap(api.POST('/api/offline-records/file', { body: NO_FIELDS, bodySerializer: () => data }))
}
