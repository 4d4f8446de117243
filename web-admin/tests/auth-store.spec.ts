import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '@/common/api/problem'
import { useAuthStore } from '@/common/stores/auth'
import { fakeServer, json, problem, tokens } from './helpers'

const REFRESH_KEY = 'onecard.admin.refreshToken'
const operator = { id: 1, username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], permissions: ['ledger:verify'] }

describe('auth store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('login keeps the access token in memory only and the refresh token in sessionStorage', async () => {
    const server = fakeServer(() => json(tokens('acc-1', 'ref-1')))
    const auth = useAuthStore()
    await auth.login({ username: 'admin', password: 'admin123' })

    expect(server.calls[0]).toMatchObject({ method: 'POST', path: '/api/auth/login', auth: null, body: { username: 'admin', password: 'admin123' } })
    expect(auth.accessToken).toBe('acc-1')
    expect(auth.isAuthenticated).toBe(true)
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('ref-1')
    const stored = [...Object.values(sessionStorage), ...Object.values(localStorage)].join('|')
    expect(stored).not.toContain('acc-1')
  })

  it('a failed login throws the problem and leaves the store signed out', async () => {
    fakeServer(() => problem(401, 2004, { detail: 'bad credentials' }))
    const auth = useAuthStore()
    const error = await auth.login({ username: 'admin', password: 'nope' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, code: 2004, detail: 'bad credentials' })
    expect(auth.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
  })

  it('restore after a reload trades the stored refresh token for an access token', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'ref-stored')
    const server = fakeServer(() => json(tokens('acc-2', 'ref-2')))
    const auth = useAuthStore()
    expect(auth.refreshToken).toBe('ref-stored')
    expect(auth.isAuthenticated).toBe(false)

    await expect(auth.restore()).resolves.toBe(true)
    expect(server.calls).toHaveLength(1)
    expect(server.calls[0]).toMatchObject({ path: '/api/auth/refresh', body: { refreshToken: 'ref-stored' } })
    expect(auth.accessToken).toBe('acc-2')
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('ref-2')
    await expect(auth.restore()).resolves.toBe(true)
    expect(server.calls).toHaveLength(1) // already signed in: no second refresh
  })

  it('restore without a stored refresh token asks nothing of the server', async () => {
    const server = fakeServer(() => json({}))
    await expect(useAuthStore().restore()).resolves.toBe(false)
    expect(server.calls).toHaveLength(0)
  })

  it('a reused or invalid refresh token ends the session', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'spent')
    fakeServer(() => problem(401, 2009))
    const auth = useAuthStore()
    await expect(auth.restore()).resolves.toBe(false)
    expect(auth.refreshToken).toBeNull()
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
  })

  it('concurrent refresh calls share one request', async () => {
    sessionStorage.setItem(REFRESH_KEY, 'r1')
    const server = fakeServer(() => json(tokens('acc', 'r2')))
    const auth = useAuthStore()
    const results = await Promise.all([auth.refresh(), auth.refresh(), auth.restore()])
    expect(results).toEqual(['acc', 'acc', true])
    expect(server.calls).toHaveLength(1)
    await auth.refresh() // a later refresh is a new request with the rotated token
    expect(server.calls).toHaveLength(2)
    expect(server.calls[1]?.body).toEqual({ refreshToken: 'r2' })
  })

  it('loads the operator with the bearer token and answers permission questions', async () => {
    const server = fakeServer((c) => (c.path === '/api/auth/me' ? json(operator) : json(tokens('acc', 'r'))))
    const auth = useAuthStore()
    expect(auth.can('ledger:verify')).toBe(false)
    await auth.login({ username: 'admin', password: 'admin123' })
    await auth.loadOperator()
    expect(server.calls[1]).toMatchObject({ path: '/api/auth/me', auth: 'Bearer acc' })
    expect(auth.operator?.displayName).toBe('系统管理员')
    expect(auth.can('ledger:verify')).toBe(true)
    expect(auth.can('ledger:adjust')).toBe(false)
  })

  it('logout sends the refresh token and clears everything', async () => {
    const server = fakeServer((c) => (c.path === '/api/auth/logout' ? new Response(null, { status: 204 }) : json(tokens('acc', 'ref'))))
    const auth = useAuthStore()
    await auth.login({ username: 'admin', password: 'admin123' })
    auth.operator = operator
    await auth.logout()
    expect(server.calls[1]).toMatchObject({ path: '/api/auth/logout', auth: 'Bearer acc', body: { refreshToken: 'ref' } })
    expect(auth.accessToken).toBeNull()
    expect(auth.operator).toBeNull()
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
  })

  it('logout with an expired access token refreshes once and logs out the new session', async () => {
    const server = fakeServer((c) => {
      if (c.path === '/api/auth/refresh') return json(tokens('acc-2', 'ref-2'))
      if (c.path === '/api/auth/logout') return c.auth === 'Bearer acc-2' ? new Response(null, { status: 204 }) : problem(401, 2002)
      return json(tokens('acc-1', 'ref-1'))
    })
    const auth = useAuthStore()
    await auth.login({ username: 'admin', password: 'admin123' })
    await auth.logout()
    const logouts = server.calls.filter((c) => c.path === '/api/auth/logout').map((c) => c.body)
    expect(logouts).toEqual([{ refreshToken: 'ref-1' }, { refreshToken: 'ref-2' }])
    expect(auth.isAuthenticated).toBe(false)
  })

  it('logout still signs out locally when the server cannot be reached', async () => {
    const auth = useAuthStore()
    fakeServer(() => json(tokens('acc', 'ref')))
    await auth.login({ username: 'admin', password: 'admin123' })
    fakeServer(() => {
      throw new TypeError('Failed to fetch')
    })
    await expect(auth.logout()).resolves.toBeUndefined()
    expect(auth.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
  })
})
