import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import PeoplePage from '@/pages/people/index.vue'
import { searchPeople } from '@/pages/people/api'
import { fakeServer, json, problem, tokens } from './helpers'

const answer = vi.hoisted(() => ({ value: true }))
vi.mock('@/pages/cards/confirm', () => ({ confirmAction: vi.fn(async () => answer.value) }))
vi.mock('vue-router', () => ({ useRouter: () => ({ push: vi.fn() }) }))

const person = { id: 7, employeeNo: '0007', name: '李四', orgUnitId: 2, orgUnitCode: '001', orgUnitName: '行政办公室', status: 'ACTIVE' }
const page = (items: unknown[]) => json({ items, page: 0, size: 20, total: items.length })

function mountPage(permissions = ['people:read', 'people:manage']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.setTokens(tokens('acc', 'ref'))
  auth.operator = { id: 1, username: 'admin', displayName: 'A', roles: [], permissions }
  return mount(PeoplePage, { attachTo: document.body, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

describe('people page', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    answer.value = true
  })

  it('sends department and group filters only when they hold an id', async () => {
    const server = fakeServer(() => page([]))
    await searchPeople({ status: 'ALL', page: 0, orgUnitId: 3, groupId: undefined })
    await searchPeople({ status: 'ACTIVE', page: 1, orgUnitId: null as unknown as number, groupId: 4, name: ' ' })
    const urls = server.fetchMock.mock.calls.map(([r]) => new URL((r as Request).url).search)
    expect(urls[0]).toContain('orgUnitId=3')
    expect(urls[0]).not.toContain('groupId')
    expect(urls[1]).toContain('groupId=4')
    expect(urls[1]).not.toContain('orgUnitId')
    expect(urls[1]).not.toContain('name')
  })

  it('resigns a person after the confirmation and searches again', async () => {
    let resigned = false
    const server = fakeServer((c) => {
      if (c.path === '/api/people/7/resign') {
        resigned = true
        return json({ ...person, status: 'RESIGNED' })
      }
      if (c.path === '/api/people') return page(resigned ? [] : [person])
      return page([])
    })
    const w = mountPage()
    await flushPromises()
    await w.get('[data-testid="person-status-0007"]').trigger('click')
    await flushPromises()
    expect(server.count('/api/people/7/resign')).toBe(1)
    expect(server.count('/api/people')).toBe(2)
    w.unmount()
  })

  it('does nothing when the confirmation is cancelled, and shows a refusal from the catalogue', async () => {
    answer.value = false
    const server = fakeServer((c) => (c.path.endsWith('/rehire') ? problem(409, 4006) : c.path === '/api/people' ? page([{ ...person, status: 'RESIGNED' }]) : page([])))
    const w = mountPage()
    await flushPromises()
    await w.get('[data-testid="person-status-0007"]').trigger('click')
    await flushPromises()
    expect(server.count('/api/people/7/rehire')).toBe(0)
    answer.value = true
    await w.get('[data-testid="person-status-0007"]').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="people-error"]').text()).toContain('该人员未离职')
    w.unmount()
  })

  it('offers no edit or status actions without people:manage', async () => {
    fakeServer((c) => (c.path === '/api/people' ? page([person]) : page([])))
    const w = mountPage(['people:read'])
    await flushPromises()
    expect(w.find('[data-testid="person-status-0007"]').exists()).toBe(false)
    expect(w.find('[data-testid="person-edit-0007"]').exists()).toBe(false)
    expect(w.find('[data-testid="people-settings"]').exists()).toBe(false)
    w.unmount()
  })
})
