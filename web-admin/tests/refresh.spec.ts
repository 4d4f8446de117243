import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Router } from 'vue-router'
import { bridgeAuth } from '@/common/stores/auth-bridge'
import { useAuthStore } from '@/common/stores/auth'
import { verifyLedger } from '@/pages/ledger/api'
import { deferred, fakeServer, json, problem, report, tokens } from './helpers'

const REFRESH_KEY = 'onecard.admin.refreshToken'

function fakeRouter(path = '/ledger') {
  const replace = vi.fn(() => Promise.resolve())
  const router = { currentRoute: { value: { fullPath: path, meta: {} } }, replace }
  return { router: router as unknown as Router, replace }
}

describe('single-flight refresh on 401 TOKEN_EXPIRED', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('two concurrent expired calls cause exactly one refresh and are both retried with the new token', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('old-access', 'r1'))
    const { router, replace } = fakeRouter()
    bridgeAuth(router)
    const refreshAnswer = deferred<Response>()
    const server = fakeServer((c) => {
      if (c.path === '/api/auth/refresh') return refreshAnswer.promise
      if (c.path === '/api/ledger/verify') {
        return c.auth === 'Bearer new-access' ? json({ ...report, transfersChecked: 99 }) : problem(401, 2002)
      }
      return problem(404, 1002)
    })

    const both = Promise.all([verifyLedger(), verifyLedger()])
    await vi.waitFor(() => expect(server.count('/api/auth/refresh')).toBe(1))
    refreshAnswer.resolve(json(tokens('new-access', 'r2')))
    const [a, b] = await both

    expect(a.transfersChecked).toBe(99)
    expect(b.transfersChecked).toBe(99)
    expect(server.count('/api/auth/refresh')).toBe(1)
    expect(server.calls.find((c) => c.path === '/api/auth/refresh')?.body).toEqual({ refreshToken: 'r1' })
    const verifies = server.calls.filter((c) => c.path === '/api/ledger/verify').map((c) => c.auth)
    expect(verifies).toEqual(['Bearer old-access', 'Bearer old-access', 'Bearer new-access', 'Bearer new-access'])
    expect(auth.accessToken).toBe('new-access')
    expect(sessionStorage.getItem(REFRESH_KEY)).toBe('r2')
    expect(replace).not.toHaveBeenCalled()
  })

  it('a call that fails after someone else refreshed reuses the new token without refreshing again', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('old-access', 'r1'))
    bridgeAuth(fakeRouter().router)
    const server = fakeServer((c) => {
      if (c.path === '/api/ledger/verify') {
        if (c.auth === 'Bearer old-access') {
          auth.setTokens(tokens('newer-access', 'r9')) // a refresh finished meanwhile
          return problem(401, 2002)
        }
        return json(report)
      }
      return problem(500, 9000)
    })
    await expect(verifyLedger()).resolves.toEqual(report)
    expect(server.count('/api/auth/refresh')).toBe(0)
    expect(server.calls.at(-1)?.auth).toBe('Bearer newer-access')
  })

  it('a failed refresh clears the tokens and sends the operator to login with the intended route', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('old-access', 'r1'))
    auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions: [] }
    const { router, replace } = fakeRouter('/ledger?x=1')
    bridgeAuth(router)
    const server = fakeServer((c) => (c.path === '/api/auth/refresh' ? problem(401, 2009) : problem(401, 2002)))

    const results = await Promise.allSettled([verifyLedger(), verifyLedger()])

    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(server.count('/api/auth/refresh')).toBe(1)
    expect(server.count('/api/ledger/verify')).toBe(2) // not retried without a token
    expect(auth.accessToken).toBeNull()
    expect(auth.refreshToken).toBeNull()
    expect(auth.operator).toBeNull()
    expect(sessionStorage.getItem(REFRESH_KEY)).toBeNull()
    expect(replace).toHaveBeenCalledWith({ name: 'login', query: { redirect: '/ledger?x=1' } })
  })

  it('a network failure during refresh also ends the session', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('old-access', 'r1'))
    bridgeAuth(fakeRouter().router)
    fakeServer((c) => {
      if (c.path === '/api/auth/refresh') throw new TypeError('Failed to fetch')
      return problem(401, 2002)
    })
    await expect(verifyLedger()).rejects.toMatchObject({ status: 401, code: 2002 })
    expect(auth.isAuthenticated).toBe(false)
  })

  it('other 401s do not refresh: the session is lost at once', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('old-access', 'r1'))
    const { router, replace } = fakeRouter()
    bridgeAuth(router)
    const server = fakeServer(() => problem(401, 2001))
    await expect(verifyLedger()).rejects.toMatchObject({ code: 2001 })
    expect(server.count('/api/auth/refresh')).toBe(0)
    expect(auth.isAuthenticated).toBe(false)
    expect(replace).toHaveBeenCalledOnce()
  })

  it('a 403 is an error for the caller, not a reason to sign out', async () => {
    const auth = useAuthStore()
    auth.setTokens(tokens('a', 'r1'))
    bridgeAuth(fakeRouter().router)
    fakeServer(() => problem(403, 2010))
    await expect(verifyLedger()).rejects.toMatchObject({ status: 403, code: 2010 })
    expect(auth.accessToken).toBe('a')
  })
})
