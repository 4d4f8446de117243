import type { PersonCreateRequest, PersonUpdateRequest, PersonView } from '@/common/api/types'

export type Gender = NonNullable<PersonCreateRequest['gender']>

export interface PersonForm {
  name: string
  employeeNo: string
  orgUnitId: number | undefined
  groupId: number | undefined
  cardTypeId: number | undefined
  gender: Gender | undefined
  phone: string
  idNumber: string
}

export function emptyPerson(): PersonForm {
  return { name: '', employeeNo: '', orgUnitId: undefined, groupId: undefined, cardTypeId: undefined, gender: undefined, phone: '', idNumber: '' }
}

export function toPersonForm(p: PersonView): PersonForm {
  return {
    name: p.name,
    employeeNo: p.employeeNo,
    orgUnitId: p.orgUnitId,
    groupId: p.groupId,
    cardTypeId: p.cardTypeId,
    gender: p.gender,
    phone: p.phone ?? '',
    idNumber: p.idNumber ?? '',
  }
}

/** What is missing before the form can be sent: keys of the required fields left empty. */
export function missingFields(f: PersonForm): ('name' | 'orgUnitId')[] {
  const out: ('name' | 'orgUnitId')[] = []
  if (!f.name.trim()) out.push('name')
  if (f.orgUnitId == null) out.push('orgUnitId')
  return out
}

/** The details of a person as the update replaces them whole; blank optional texts are left out. */
export function toUpdateRequest(f: PersonForm, orgUnitId: number): PersonUpdateRequest {
  const body: PersonUpdateRequest = { name: f.name.trim(), orgUnitId }
  if (f.groupId != null) body.groupId = f.groupId
  if (f.cardTypeId != null) body.cardTypeId = f.cardTypeId
  if (f.gender) body.gender = f.gender
  if (f.phone.trim()) body.phone = f.phone.trim()
  if (f.idNumber.trim()) body.idNumber = f.idNumber.trim()
  return body
}

export function toCreateRequest(f: PersonForm, orgUnitId: number): PersonCreateRequest {
  const body: PersonCreateRequest = toUpdateRequest(f, orgUnitId)
  if (f.employeeNo.trim()) body.employeeNo = f.employeeNo.trim()
  return body
}
