import { api, unwrap } from '@/common/api/client'
import type { SitesView } from '@/common/api/types'

export const SITES_READ = 'sites:read'
/** How often the screen asks again: the site exchanges every few seconds. */
export const SITES_REFRESH_MS = 5000

export function sitesStatus(): Promise<SitesView> {
  return unwrap(api.GET('/api/sites/status'))
}
