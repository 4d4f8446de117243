import { api, unwrap } from '@/common/api/client'
import { ApiError } from '@/common/api/problem'
import type { components } from '@/common/api/schema'

/** The catalogue's FACE_NOT_FOUND: the person has no photo (checked against result-codes.json in the tests). */
export const FACE_NOT_FOUND = 5045

export type FacePhoto = components['schemas']['FacePhoto']
export type PhotoImportReport = components['schemas']['PhotoImportReport']
export type PhotoImportRow = PhotoImportReport['rows'][number]

// The contract types the multipart field as a string (binary); the FormData built here is what is sent.
const NO_FIELDS = { file: '' }

function form(files: readonly File[]): FormData {
  const data = new FormData()
  for (const f of files) data.append('file', f, f.name)
  return data
}

/** The person's photo, or null when they have none. */
export async function getPhoto(personId: number): Promise<Blob | null> {
  try {
    return await unwrap(api.GET('/api/people/{id}/photo', { params: { path: { id: personId } }, parseAs: 'blob' }))
  } catch (e) {
    if (e instanceof ApiError && e.code === FACE_NOT_FOUND) return null
    throw e
  }
}

export function setPhoto(personId: number, file: File): Promise<FacePhoto> {
  return unwrap(api.PUT('/api/people/{id}/photo', {
    params: { path: { id: personId } },
    body: NO_FIELDS,
    bodySerializer: () => form([file]),
  }))
}

export function deletePhoto(personId: number): Promise<void> {
  return unwrap(api.DELETE('/api/people/{id}/photo', { params: { path: { id: personId } } })).then(() => undefined)
}

export function importPhotos(files: readonly File[]): Promise<PhotoImportReport> {
  return unwrap(api.POST('/api/people/photos/import', { body: NO_FIELDS, bodySerializer: () => form(files) }))
}
