import { api, unwrap } from '@/common/api/client'
import type { CardTypeRequest, CardTypeView } from '@/common/api/types'

export function listCardTypes(): Promise<CardTypeView[]> {
  return unwrap(api.GET('/api/card-types'))
}

export function createCardType(body: CardTypeRequest): Promise<CardTypeView> {
  return unwrap(api.POST('/api/card-types', { body }))
}

export function updateCardType(id: number, body: CardTypeRequest): Promise<CardTypeView> {
  return unwrap(api.PUT('/api/card-types/{id}', { params: { path: { id } }, body }))
}

export async function deleteCardType(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/card-types/{id}', { params: { path: { id } } }))
}
