import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { fetchMe } from '@/common/api/cardholder'
import { ApiError, NetworkError } from '@/common/api/errors'
import { setSessionLostHandler } from '@/common/api/http'
import { REFRESH_TOKEN_KEY, useAuthStore } from '@/common/stores/auth'
import { demoView, header, jsonResponse, problemResponse, tokens } from './helpers'

type Handler = (url: string, init: RequestInit | undefined) => Promise<Response>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function stubFetch(handler: Handler) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => handler(String(input), init))
  vi.stubGlobal('fetch', fetchMock)
  const callsTo = (url: string) => fetchMock.mock.calls.filter(([u]) => String(u) === url)
  return { fetchMock, callsTo }
}

/** /api/h5/me accepts only `valid`; the old token gets 401 TOKEN_EXPIRED. */
function meAccepting(valid: string, delayFor: Record<string, number> = {}): Handler {
  let n = 0
  return async (url, init) => {
    const auth = header(init, 'Authorization')
    if (url !== '/api/h5/me') throw new Error(`unexpected ${url}`)
    await sleep(delayFor[String(n++)] ?? 0)
    return auth === `Bearer ${valid}` ? jsonResponse(200, demoView) : problemResponse(401, 2002)
  }
}

describe('single-flight token refresh', () => {
  let sessionLost: Mock<() => void>

  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    sessionLost = vi.fn()
    setSessionLostHandler(sessionLost)
    localStorage.setItem(REFRESH_TOKEN_KEY, 'r1')
    useAuthStore().accessToken = 'a1'
  })

  afterEach(() => vi.unstubAllGlobals())

  it('two concurrent 401/2002 → exactly one refresh, both retried with the new token', async () => {
    const me = meAccepting('a2')
    const { callsTo } = stubFetch(async (url, init) => {
      if (url === '/api/h5/auth/refresh') {
        await sleep(20)
        return jsonResponse(200, tokens('a2', 'r2'))
      }
      return me(url, init)
    })

    const [first, second] = await Promise.all([fetchMe(), fetchMe()])

    expect(first).toEqual(demoView)
    expect(second).toEqual(demoView)
    const refreshes = callsTo('/api/h5/auth/refresh')
    expect(refreshes).toHaveLength(1)
    expect(JSON.parse(String(refreshes[0]![1]?.body))).toEqual({ refreshToken: 'r1' })
    const meAuth = callsTo('/api/h5/me').map(([, init]) => header(init, 'Authorization'))
    expect(meAuth).toEqual(['Bearer a1', 'Bearer a1', 'Bearer a2', 'Bearer a2'])
    const auth = useAuthStore()
    expect(auth.accessToken).toBe('a2')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r2')
    expect(sessionLost).not.toHaveBeenCalled()
  })

  it('a 401 that arrives after the refresh finished retries without refreshing again', async () => {
    const me = meAccepting('a2', { '1': 60 }) // the second call's 401 comes late
    const { callsTo } = stubFetch(async (url, init) =>
      url === '/api/h5/auth/refresh' ? jsonResponse(200, tokens('a2', 'r2')) : me(url, init),
    )

    await Promise.all([fetchMe(), fetchMe()])

    expect(callsTo('/api/h5/auth/refresh')).toHaveLength(1)
    expect(callsTo('/api/h5/me')).toHaveLength(4)
  })

  it('a refused refresh clears the tokens, ends the session and fails both callers', async () => {
    const me = meAccepting('a2')
    const { callsTo } = stubFetch(async (url, init) => {
      if (url === '/api/h5/auth/refresh') {
        await sleep(10)
        return problemResponse(401, 2009)
      }
      return me(url, init)
    })

    const results = await Promise.allSettled([fetchMe(), fetchMe()])

    for (const r of results) {
      expect(r.status).toBe('rejected')
      const reason = (r as PromiseRejectedResult).reason
      expect(reason).toBeInstanceOf(ApiError)
      expect((reason as ApiError).code).toBe(2009)
    }
    expect(callsTo('/api/h5/auth/refresh')).toHaveLength(1)
    expect(callsTo('/api/h5/me')).toHaveLength(2)
    const auth = useAuthStore()
    expect(auth.accessToken).toBeNull()
    expect(auth.refreshToken).toBeNull()
    expect(auth.isAuthenticated).toBe(false)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
    expect(sessionLost).toHaveBeenCalled()
  })

  it('an unanswered refresh keeps the stored refresh token for a later try', async () => {
    const me = meAccepting('a2')
    stubFetch(async (url, init) => {
      if (url === '/api/h5/auth/refresh') throw new TypeError('Failed to fetch')
      return me(url, init)
    })

    await expect(fetchMe()).rejects.toBeInstanceOf(NetworkError)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r1')
    expect(sessionLost).not.toHaveBeenCalled()
  })

  it('another 401 (not TOKEN_EXPIRED) ends the session without refreshing', async () => {
    const { callsTo } = stubFetch(async () => problemResponse(401, 2003))

    await expect(fetchMe()).rejects.toMatchObject({ status: 401, code: 2003 })
    expect(callsTo('/api/h5/auth/refresh')).toHaveLength(0)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
    expect(sessionLost).toHaveBeenCalledOnce()
  })
})

describe('auth store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  afterEach(() => vi.unstubAllGlobals())

  it('restore() turns a remembered refresh token into an access token', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'r1')
    setActivePinia(createPinia())
    stubFetch(async () => jsonResponse(200, tokens('a9', 'r9')))
    const auth = useAuthStore()
    expect(auth.isAuthenticated).toBe(false)
    await auth.restore()
    expect(auth.accessToken).toBe('a9')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r9')
  })

  it('login keeps the access token in memory only and the refresh token in localStorage', async () => {
    const { fetchMock } = stubFetch(async () => jsonResponse(200, tokens('a1', 'r1')))
    const auth = useAuthStore()
    await auth.login('1001', '123456')
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ employeeNo: '1001', password: '123456' })
    expect(auth.accessToken).toBe('a1')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r1')
    expect(JSON.stringify({ ...localStorage })).not.toContain('a1')
  })

  it('logout revokes the refresh token on the server and forgets both tokens', async () => {
    const { fetchMock } = stubFetch(async (url) =>
      url === '/api/h5/auth/logout' ? new Response(null, { status: 204 }) : jsonResponse(200, tokens('a1', 'r1')),
    )
    const auth = useAuthStore()
    await auth.login('1001', '123456')
    await auth.logout()
    const [url, init] = fetchMock.mock.calls[1]!
    expect(url).toBe('/api/h5/auth/logout')
    expect(JSON.parse(String(init?.body))).toEqual({ refreshToken: 'r1' })
    expect(auth.accessToken).toBeNull()
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })
})
