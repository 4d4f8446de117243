import { currentLocale } from '@/common/i18n'
import { NetworkError, apiErrorFrom } from './errors'

export type Method = 'GET' | 'POST'

export interface RequestOptions {
  body?: unknown
  /** Access token sent as `Authorization: Bearer …`. */
  token?: string | null
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>
}

/** One plain HTTP call (same origin); throws ApiError for error statuses, NetworkError when unanswered. */
export async function send(method: Method, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
    ...options.headers,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch (e) {
    throw new NetworkError(e)
  }
  if (!res.ok) throw await apiErrorFrom(res)
  return res
}

export async function readJson<T>(res: Response): Promise<T> {
  return (await res.json()) as T
}
