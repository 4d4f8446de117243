import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { installGuard, safeRedirect } from '@/router/guard'
import { useAuthStore } from '@/common/stores/auth'
import { fakeServer, json, problem, tokens } from './helpers'

const operator = { id: 1, username: 'admin', displayName: '管理员', roles: ['ADMIN'], permissions: ['ledger:verify'] }

function makeRouter() {
  const router = createRouter({ history: createMemoryHistory('/admin/'), routes })
  installGuard(router)
  return router
}

describe('router guard', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends anonymous visitors to login and keeps where they were going', async () => {
    const server = fakeServer(() => problem(500, 9000))
    const router = makeRouter()
    await router.push('/ledger?from=menu')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/ledger?from=menu')
    expect(server.calls).toHaveLength(0)
  })

  it('after a reload, refreshes first and then loads the operator', async () => {
    sessionStorage.setItem('onecard.admin.refreshToken', 'r1')
    const server = fakeServer((c) => (c.path === '/api/auth/refresh' ? json(tokens('acc', 'r2')) : json(operator)))
    const router = makeRouter()
    await router.push('/ledger')
    expect(router.currentRoute.value.name).toBe('ledger')
    expect(server.calls.map((c) => c.path)).toEqual(['/api/auth/refresh', '/api/auth/me'])
    expect(server.calls[1]?.auth).toBe('Bearer acc')
    expect(useAuthStore().operator?.displayName).toBe('管理员')
  })

  it('a spent refresh token on reload lands on login', async () => {
    sessionStorage.setItem('onecard.admin.refreshToken', 'spent')
    fakeServer(() => problem(401, 2009))
    const router = makeRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/')
  })

  it('signed-in operators skip the login page', async () => {
    fakeServer(() => json(operator))
    useAuthStore().setTokens(tokens('acc', 'r'))
    const router = makeRouter()
    await router.push('/login?redirect=/ledger')
    expect(router.currentRoute.value.name).toBe('ledger')
  })

  it('unknown paths go to the dashboard', async () => {
    fakeServer(() => json(operator))
    useAuthStore().setTokens(tokens('acc', 'r'))
    const router = makeRouter()
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('dashboard')
  })
})

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/ledger?x=1')).toBe('/ledger?x=1')
    expect(safeRedirect('/')).toBe('/')
  })
  it('refuses anything that could leave the app', () => {
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', undefined, null, ['/ledger'], 42]) {
      expect(safeRedirect(bad)).toBe('/')
    }
  })
})
