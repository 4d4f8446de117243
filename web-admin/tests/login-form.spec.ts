import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n, type AppLocale } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import LoginForm from '@/pages/login/components/LoginForm.vue'
import { fakeServer, json, problem, tokens } from './helpers'

function mountForm(locale: AppLocale = 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(LoginForm, { global: { plugins: [pinia, createAppI18n(locale)] }, attachTo: document.body })
}

type Wrapper = ReturnType<typeof mountForm>

async function fillAndSubmit(w: Wrapper, username: string, password: string): Promise<void> {
  await w.get('[data-testid="username"]').setValue(username)
  await w.get('[data-testid="password"]').setValue(password)
  await w.get('[data-testid="login-submit"]').trigger('click')
  await flushPromises()
  await flushPromises()
}

describe('LoginForm', () => {
  let wrapper: Wrapper | undefined
  beforeEach(() => sessionStorage.clear())
  afterEach(() => wrapper?.unmount())

  it('signs in with username and password', async () => {
    const server = fakeServer(() => json(tokens('acc', 'ref')))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, ' admin ', 'admin123')
    expect(server.calls).toHaveLength(1)
    expect(server.calls[0]?.body).toEqual({ username: 'admin', password: 'admin123' })
    expect(wrapper.emitted('signed-in')).toHaveLength(1)
    expect(useAuthStore().accessToken).toBe('acc')
  })

  it('does not call the server with empty fields', async () => {
    const server = fakeServer(() => json(tokens('acc', 'ref')))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, '   ', '')
    expect(server.calls).toHaveLength(0)
    const w = wrapper
    await vi.waitFor(() => {
      expect(w.text()).toContain('请输入用户名')
      expect(w.text()).toContain('请输入密码')
    })
    expect(wrapper.emitted('signed-in')).toBeUndefined()
  })

  it('shows the catalogue message for a wrong password, in the current language', async () => {
    fakeServer(() => problem(401, 2004, { detail: 'Bad credentials' }))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'admin', 'wrong')
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    expect(wrapper.find('[data-testid="card-step"]').exists()).toBe(false)
    expect(wrapper.emitted('signed-in')).toBeUndefined()
    wrapper.unmount()

    wrapper = mountForm('en-US')
    await fillAndSubmit(wrapper, 'admin', 'wrong')
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('Wrong username or password')
  })

  it('shows field errors from the server on their fields', async () => {
    fakeServer(() => problem(400, 1001, { errors: [{ field: 'username', message: 'size must be at most 64' }] }))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'x'.repeat(80), 'pw')
    const item = wrapper.get('[data-testid="username"]').element.closest('.el-form-item')
    await vi.waitFor(() => expect(item?.textContent).toContain('size must be at most 64')) // shown after a short debounce
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('输入校验失败')
  })

  it('asks for the operator card on 2006 and submits the swiped serial on Enter', async () => {
    const server = fakeServer((c) => {
      const body = c.body as { cardSerial?: string }
      return body.cardSerial === 'CARD-0001' ? json(tokens('acc', 'ref')) : problem(401, 2006)
    })
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'cashier', 'pw')

    const step = wrapper.get('[data-testid="card-step"]')
    expect(step.text()).toContain('请刷操作员卡')
    expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="password"]').exists()).toBe(false)
    const card = wrapper.get('[data-testid="card-serial"]')
    expect(document.activeElement).toBe(card.element)

    await card.setValue('CARD-0001') // the reader types the serial, then Enter
    await card.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    await flushPromises()

    expect(server.calls).toHaveLength(2)
    expect(server.calls[1]?.body).toEqual({ username: 'cashier', password: 'pw', cardSerial: 'CARD-0001' })
    expect(wrapper.emitted('signed-in')).toHaveLength(1)
  })

  it('keeps the card step on a wrong card, clears the field and says why', async () => {
    fakeServer((c) => ((c.body as { cardSerial?: string }).cardSerial ? problem(401, 2007) : problem(401, 2006)))
    wrapper = mountForm('en-US')
    await fillAndSubmit(wrapper, 'cashier', 'pw')
    expect(wrapper.get('[data-testid="card-step"]').text()).toContain('Swipe your operator card')

    const card = wrapper.get('[data-testid="card-serial"]')
    await card.setValue('STOLEN')
    await card.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    await flushPromises()

    const w = wrapper
    await vi.waitFor(() => expect(w.get('[data-testid="card-step"]').text()).toContain('Operator card does not match'))
    expect((wrapper.get('[data-testid="card-serial"]').element as HTMLInputElement).value).toBe('')
    expect(wrapper.emitted('signed-in')).toBeUndefined()
  })

  it('ignores Enter on an empty card field', async () => {
    const server = fakeServer(() => problem(401, 2006))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'cashier', 'pw')
    await wrapper.get('[data-testid="card-serial"]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(server.calls).toHaveLength(1)
  })

  it('goes back from the card step to the password form', async () => {
    fakeServer(() => problem(401, 2006))
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'cashier', 'pw')
    await wrapper.get('[data-testid="card-back"]').trigger('click')
    expect(wrapper.find('[data-testid="card-step"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="password"]').exists()).toBe(true)
  })

  it('tells when the server cannot be reached', async () => {
    fakeServer(() => {
      throw new TypeError('Failed to fetch')
    })
    wrapper = mountForm()
    await fillAndSubmit(wrapper, 'admin', 'admin123')
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('无法连接服务器')
  })
})
