import type { TokenResponse } from '../src/common/api/types'
import { vi } from 'vitest'

export interface Call {
  method: string
  path: string
  auth: string | null
  /** the Idempotency-Key header, when the call sent one */
  idempotencyKey: string | null
  body: unknown
}

export type Handler = (call: Call) => Response | Promise<Response>

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

export function problem(status: number, code: number, extra: Record<string, unknown> = {}): Response {
  const body = { type: `https://onecard.example/problems/${code}`, title: `server title ${code}`, status, code, ...extra }
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })
}

export function tokens(access: string, refresh: string): TokenResponse {
  return { accessToken: access, refreshToken: refresh, tokenType: 'Bearer', expiresInSeconds: 900 }
}

export const report = {
  clean: true,
  checkedAt: '2025-01-02T03:04:05Z',
  transfersChecked: 12,
  accountsChecked: 7,
  totals: [{ unit: 'FEN', sum: 0 }],
  discrepancies: [],
}

/** Replaces fetch with a recorder that answers through the handler. */
export function fakeServer(handler: Handler) {
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: Request) => {
    const url = new URL(input.url)
    const text = input.method === 'GET' ? '' : await input.text()
    const call: Call = {
      method: input.method,
      path: url.pathname,
      auth: input.headers.get('Authorization'),
      idempotencyKey: input.headers.get('Idempotency-Key'),
      body: text ? JSON.parse(text) : undefined,
    }
    calls.push(call)
    return handler(call)
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock, count: (path: string) => calls.filter((c) => c.path === path).length }
}

export function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
