import { api, unwrap } from '@/common/api/client'
import type {
  OrgUnitTree,
  PeopleSettings,
  PersonCreateRequest,
  PersonPage,
  PersonUpdateRequest,
  PersonView,
} from '@/common/api/types'

export const PEOPLE_MANAGE = 'people:manage'
export const PEOPLE_PAGE_SIZE = 20

export type PersonStatusFilter = 'ACTIVE' | 'RESIGNED' | 'ALL'

export interface PeopleQuery {
  name?: string
  employeeNo?: string
  /** this department and everything under it */
  orgUnitId?: number
  groupId?: number
  status: PersonStatusFilter
  page: number
}

/** Blank search fields are left out rather than sent as empty strings. */
export function searchPeople(q: PeopleQuery): Promise<PersonPage> {
  const query = {
    name: q.name?.trim() || undefined,
    employeeNo: q.employeeNo?.trim() || undefined,
    // a cleared select may leave null or '' behind; only a real id is sent
    orgUnitId: typeof q.orgUnitId === 'number' ? q.orgUnitId : undefined,
    groupId: typeof q.groupId === 'number' ? q.groupId : undefined,
    status: q.status,
    page: q.page,
    size: PEOPLE_PAGE_SIZE,
  }
  return unwrap(api.GET('/api/people', { params: { query } }))
}

export function createPerson(body: PersonCreateRequest): Promise<PersonView> {
  return unwrap(api.POST('/api/people', { body }))
}

export function getPerson(id: number): Promise<PersonView> {
  return unwrap(api.GET('/api/people/{id}', { params: { path: { id } } }))
}

export function updatePerson(id: number, body: PersonUpdateRequest): Promise<PersonView> {
  return unwrap(api.PUT('/api/people/{id}', { params: { path: { id } }, body }))
}

/** Moves the person to the resigned library (离职). */
export function resignPerson(id: number): Promise<PersonView> {
  return unwrap(api.POST('/api/people/{id}/resign', { params: { path: { id } } }))
}

/** Brings a resigned person back under the same employee number. */
export function rehirePerson(id: number): Promise<PersonView> {
  return unwrap(api.POST('/api/people/{id}/rehire', { params: { path: { id } } }))
}

export function getPeopleSettings(): Promise<PeopleSettings> {
  return unwrap(api.GET('/api/people-settings'))
}

export function savePeopleSettings(body: PeopleSettings): Promise<PeopleSettings> {
  return unwrap(api.PUT('/api/people-settings', { body }))
}

export function orgUnitTree(): Promise<OrgUnitTree> {
  return unwrap(api.GET('/api/org-units'))
}
