import { api, unwrap } from '@/common/api/client'
import type { VerifyReport } from '@/common/api/types'

export const LEDGER_VERIFY = 'ledger:verify'

/** Re-checks the whole ledger on the server: every transfer balances, every balance matches its postings. */
export function verifyLedger(): Promise<VerifyReport> {
  return unwrap(api.GET('/api/ledger/verify'))
}
