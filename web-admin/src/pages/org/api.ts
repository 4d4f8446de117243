import { api, unwrap } from '@/common/api/client'
import type { OrgUnitTree, OrgUnitView } from '@/common/api/types'

export function orgUnitTree(): Promise<OrgUnitTree> {
  return unwrap(api.GET('/api/org-units'))
}

/** Without parentId it is the root; without suffix the server takes the lowest free two digits. */
export function createOrgUnit(body: { name: string; parentId?: number; suffix?: string }): Promise<OrgUnitView> {
  return unwrap(api.POST('/api/org-units', { body }))
}

export function renameOrgUnit(id: number, name: string): Promise<OrgUnitView> {
  return unwrap(api.PUT('/api/org-units/{id}', { params: { path: { id } }, body: { name } }))
}

export async function deleteOrgUnit(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/org-units/{id}', { params: { path: { id } } }))
}
