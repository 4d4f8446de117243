import { api, unwrap } from '@/common/api/client'
import type { SystemParameters } from '@/common/api/types'

export const SETTINGS_READ = 'settings:read'
export const SETTINGS_MANAGE = 'settings:manage'

export function getParameters(): Promise<SystemParameters> {
  return unwrap(api.GET('/api/parameters'))
}

export function saveParameters(body: SystemParameters): Promise<SystemParameters> {
  return unwrap(api.PUT('/api/parameters', { body }))
}
