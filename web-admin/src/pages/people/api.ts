import { api, unwrap } from '@/common/api/client'
import type { OrgUnitTree, PersonCreateRequest, PersonPage, PersonView } from '@/common/api/types'

export const PEOPLE_MANAGE = 'people:manage'
export const PEOPLE_PAGE_SIZE = 20

export type PersonStatusFilter = 'ACTIVE' | 'RESIGNED' | 'ALL'

export interface PeopleQuery {
  name?: string
  employeeNo?: string
  status: PersonStatusFilter
  page: number
}

/** Blank search fields are left out rather than sent as empty strings. */
export function searchPeople(q: PeopleQuery): Promise<PersonPage> {
  const query = {
    name: q.name?.trim() || undefined,
    employeeNo: q.employeeNo?.trim() || undefined,
    status: q.status,
    page: q.page,
    size: PEOPLE_PAGE_SIZE,
  }
  return unwrap(api.GET('/api/people', { params: { query } }))
}

export function createPerson(body: PersonCreateRequest): Promise<PersonView> {
  return unwrap(api.POST('/api/people', { body }))
}

export function orgUnitTree(): Promise<OrgUnitTree> {
  return unwrap(api.GET('/api/org-units'))
}
