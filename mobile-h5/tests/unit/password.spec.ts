import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PasswordPage from '@/pages/password/index.vue'
import { REFRESH_TOKEN_KEY, useAuthStore } from '@/common/stores/auth'
import { jsonResponse, problemResponse, tokens } from './helpers'
import { mountPage } from './mountPage'

async function submit(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], old: string, fresh: string) {
  await wrapper.find('input[name="oldPassword"]').setValue(old)
  await wrapper.find('input[name="newPassword"]').setValue(fresh)
  await wrapper.find('input[name="repeated"]').setValue(fresh)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('password page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('keeps the fresh session the change answers with, since the change ends the old one', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, tokens('a2', 'r2')))
    vi.stubGlobal('fetch', fetchMock)
    const { wrapper, router } = await mountPage(PasswordPage, '/password')
    const auth = useAuthStore()
    auth.setTokens(tokens('a1', 'r1'))

    await submit(wrapper, '123456', 'abcdef')

    expect(fetchMock).toHaveBeenCalledOnce()
    expect(auth.accessToken).toBe('a2')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toContain('r2')
    expect(router.currentRoute.value.name).toBe('balance')
  })

  it('keeps the session it has when the change is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(422, 6012)))
    const { wrapper, router } = await mountPage(PasswordPage, '/password')
    const auth = useAuthStore()
    auth.setTokens(tokens('a1', 'r1'))

    await submit(wrapper, 'wrong1', 'abcdef')

    expect(auth.accessToken).toBe('a1')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toContain('r1')
    expect(router.currentRoute.value.name).not.toBe('balance')
  })
})
