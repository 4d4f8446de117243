import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import { REFRESH_TOKEN_KEY, useAuthStore } from '@/common/stores/auth'
import { createAppRouter } from '@/router'
import { jsonResponse, problemResponse, tokens } from './helpers'

describe('router guard', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.unstubAllGlobals())

  const start = () => {
    setActivePinia(createPinia())
    return createAppRouter(createMemoryHistory())
  }

  it('sends an anonymous user to the login page', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const router = start()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('login')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('renews a remembered session before showing the balance page', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'r1')
    const fetchMock = vi.fn(async () => jsonResponse(200, tokens('a2', 'r2')))
    vi.stubGlobal('fetch', fetchMock)
    const router = start()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('balance')
    expect(fetchMock).toHaveBeenCalledOnce()
    expect(useAuthStore().accessToken).toBe('a2')
    await router.push('/login') // already signed in
    expect(router.currentRoute.value.name).toBe('balance')
  })

  it('goes to login and forgets the token when the remembered session is refused', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'spent')
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(401, 2009)))
    const router = start()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('login')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('sends unknown paths to the balance page (and so to login when anonymous)', async () => {
    vi.stubGlobal('fetch', vi.fn())
    const router = start()
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('login')
  })
})
