import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'
import LoginPage from '@/pages/login/index.vue'
import { setLocale } from '@/common/i18n'
import { REFRESH_TOKEN_KEY, useAuthStore } from '@/common/stores/auth'
import { jsonResponse, problemResponse, tokens } from './helpers'
import { mountPage } from './mountPage'

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], no: string, pw: string) {
  await wrapper.find('input[name="employeeNo"]').setValue(no)
  await wrapper.find('input[name="password"]').setValue(pw)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('login page', () => {
  let fetchMock: Mock<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>

  beforeEach(() => {
    fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => jsonResponse(200, tokens('a1', 'r1')))
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('does not submit an empty employee number and shows a field message', async () => {
    const { wrapper } = await mountPage(LoginPage, '/login')
    await fillAndSubmit(wrapper, '   ', '123456')
    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.find('.van-field__error-message').text()).toBe('请输入工号或卡号')
  })

  it('does not submit without a password', async () => {
    const { wrapper } = await mountPage(LoginPage, '/login')
    await fillAndSubmit(wrapper, '1001', '')
    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('请输入密码')
  })

  it('signs in and goes to the balance page', async () => {
    const { wrapper, router } = await mountPage(LoginPage, '/login')
    await fillAndSubmit(wrapper, ' 1001 ', '123456')
    expect(fetchMock).toHaveBeenCalledOnce()
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ employeeNo: '1001', password: '123456' })
    expect(useAuthStore().accessToken).toBe('a1')
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('r1')
    expect(router.currentRoute.value.name).toBe('balance')
  })

  it('shows the catalogue message for a wrong password in the current locale', async () => {
    fetchMock.mockImplementation(async () => problemResponse(401, 2004, { detail: 'Bad credentials' }))
    const { wrapper, router } = await mountPage(LoginPage, '/login')
    await fillAndSubmit(wrapper, '1001', 'wrong')
    expect(wrapper.find('[data-test="login-error"]').text()).toBe('用户名或密码错误')
    expect(router.currentRoute.value.name).toBe('login')

    setLocale('en-US')
    await nextTick()
    expect(wrapper.find('[data-test="login-error"]').text()).toBe('Wrong username or password')
    expect(wrapper.find('[data-test="login-submit"]').text()).toBe('Sign in')
  })

  it('shows field messages from a validation problem', async () => {
    fetchMock.mockImplementation(async () =>
      problemResponse(400, 1001, { errors: [{ field: 'password', message: 'size must be between 6 and 64' }] }),
    )
    const { wrapper } = await mountPage(LoginPage, '/login')
    await fillAndSubmit(wrapper, '1001', 'x')
    expect(wrapper.find('[data-test="login-error"]').text()).toBe('输入校验失败')
    expect(wrapper.find('.van-field__error-message').text()).toBe('size must be between 6 and 64')
  })
})
