import { authed } from './http'
import { readJson } from './request'
import type { CardholderView } from './types'

export async function fetchMe(): Promise<CardholderView> {
  return readJson<CardholderView>(await authed('GET', '/api/h5/me'))
}
