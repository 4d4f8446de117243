import { api, unwrap } from '@/common/api/client'
import type { DashboardView } from '@/common/api/types'

/** Today at a glance, for the outlets in the operator's scope. */
export function fetchDashboard(): Promise<DashboardView> {
  return unwrap(api.GET('/api/reports/dashboard'))
}
