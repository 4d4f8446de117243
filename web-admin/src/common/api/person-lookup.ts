import { api, unwrap } from './client'
import type { PersonSummary } from './types'

/** A person chosen by employee number or by reading their card. */
export interface PickedPerson {
  id: number
  name: string
  employeeNo: string
  /** the card that was read, when the person was found that way */
  cardNo?: string
}

export const PICKER_RESULTS = 10

/** People whose employee number starts with what was typed; resigned ones too unless activeOnly. */
export async function peopleByEmployeeNo(prefix: string, activeOnly: boolean): Promise<PersonSummary[]> {
  const query = { employeeNo: prefix.trim(), status: activeOnly ? ('ACTIVE' as const) : ('ALL' as const), size: PICKER_RESULTS }
  const page = await unwrap(api.GET('/api/people', { params: { query } }))
  return page.items
}

/** The holder of the card a desk reader typed (serial) or of a typed card number. */
export async function personOfCard(input: string): Promise<PickedPerson> {
  const card = await unwrap(api.GET('/api/cards/lookup', { params: { query: { input } } }))
  const person = await unwrap(api.GET('/api/people/{id}', { params: { path: { id: card.personId } } }))
  return { id: person.id, name: person.name, employeeNo: person.employeeNo, cardNo: card.cardNo }
}
