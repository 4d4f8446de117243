import { api, unwrap } from '@/common/api/client'
import type { Receipt } from '@/common/api/types'

/** The printable receipt of one posting. */
export function getReceipt(postingId: number): Promise<Receipt> {
  return unwrap(api.GET('/api/receipts/{postingId}', { params: { path: { postingId } } }))
}
