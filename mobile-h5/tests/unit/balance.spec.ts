import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { nextTick } from 'vue'
import BalancePage from '@/pages/balance/index.vue'
import { fetchMe } from '@/common/api/cardholder'
import { setLocale } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import { demoView } from './helpers'
import { mountPage } from './mountPage'

vi.mock('@/common/api/cardholder', () => ({ fetchMe: vi.fn() }))

const text = (w: { find(s: string): { text(): string } }, testId: string) => w.find(`[data-test="${testId}"]`).text()

describe('balance page', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('shows the cardholder, amounts in yuan and card status labels', async () => {
    vi.mocked(fetchMe).mockResolvedValue({
      ...demoView,
      cards: [...demoView.cards, { cardNo: 'C0007', status: 'SOMETHING_NEW' }],
    })
    const { wrapper } = await mountPage(BalancePage, '/')

    expect(text(wrapper, 'name')).toBe('张三')
    expect(text(wrapper, 'employee-no')).toBe('工号 1001')
    expect(wrapper.text()).toContain('信息中心')
    expect(text(wrapper, 'total')).toBe('¥150.00')
    expect(text(wrapper, 'cash')).toContain('现金钱包')
    expect(text(wrapper, 'cash')).toContain('¥100.00')
    expect(text(wrapper, 'subsidy')).toContain('补贴钱包')
    expect(text(wrapper, 'subsidy')).toContain('¥50.00')
    const labels = wrapper.findAll('[data-test="card-status"]').map((t) => t.text())
    expect(labels).toEqual(['正常', '挂失', '冻结', '注销', '已补办', '已过期', 'SOMETHING_NEW'])
    expect(wrapper.text()).toContain('有效期至 2030-12-31')
    expect(wrapper.text()).toContain('退出登录')

    setLocale('en-US')
    await nextTick()
    expect(text(wrapper, 'cash')).toContain('Cash wallet')
    expect(text(wrapper, 'subsidy')).toContain('Subsidy wallet')
    const english = wrapper.findAll('[data-test="card-status"]').map((t) => t.text())
    expect(english).toEqual(['Normal', 'Lost', 'Frozen', 'Cancelled', 'Replaced', 'Expired', 'SOMETHING_NEW'])
    expect(text(wrapper, 'logout')).toBe('Sign out')
    expect(localStorage.getItem('onecard.h5.locale')).toBe('en-US')
  })

  it('formats negative balances with integer arithmetic', async () => {
    vi.mocked(fetchMe).mockResolvedValue({ ...demoView, cashFen: -12345, subsidyFen: 5, totalFen: -12340, cards: [] })
    const { wrapper } = await mountPage(BalancePage, '/')
    expect(text(wrapper, 'total')).toBe('-¥123.40')
    expect(text(wrapper, 'cash')).toContain('-¥123.45')
    expect(text(wrapper, 'subsidy')).toContain('¥0.05')
    expect(wrapper.text()).toContain('暂无卡片')
  })

  it('logs out and goes to the login page', async () => {
    vi.mocked(fetchMe).mockResolvedValue(demoView)
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    const { wrapper, router } = await mountPage(BalancePage, '/')
    const auth = useAuthStore()
    auth.accessToken = 'a1'
    auth.refreshToken = 'r1'

    await wrapper.find('[data-test="logout"]').trigger('click')
    await flushPromises()

    expect(fetchMock).toHaveBeenCalledOnce()
    expect(auth.isAuthenticated).toBe(false)
    expect(router.currentRoute.value.name).toBe('login')
    vi.unstubAllGlobals()
  })
})
