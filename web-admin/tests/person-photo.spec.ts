import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import PersonPhoto from '@/pages/people/components/PersonPhoto.vue'
import { json, problem, tokens } from './helpers'

function mountPhoto() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setTokens(tokens('acc', 'ref'))
  return mount(PersonPhoto, { props: { personId: 7 }, global: { plugins: [pinia, createAppI18n('zh-CN')] } })
}

async function pick(w: ReturnType<typeof mountPhoto>, file: File): Promise<void> {
  const input = w.get('[data-testid="person-photo-input"]').element as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('PersonPhoto', () => {
  it('says so when the person has no photo, and refuses a file above 50 KB without sending it', async () => {
    const fetchMock = vi.fn(async () => problem(404, 5045))
    vi.stubGlobal('fetch', fetchMock)
    const w = mountPhoto()
    await flushPromises()
    expect(w.find('[data-testid="person-photo-none"]').exists()).toBe(true)
    expect(w.find('[data-testid="person-photo-error"]').exists()).toBe(false)

    await pick(w, new File([new Uint8Array([0xff, 0xd8, 0xff]), new Uint8Array(51_200)], 'big.jpg', { type: 'image/jpeg' }))

    expect(w.get('[data-testid="person-photo-problem"]').text()).toContain('50 KB')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('uploads a good photo with PUT and shows it', async () => {
    const calls: string[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      calls.push(`${r.method} ${new URL(r.url).pathname}`)
      return r.method === 'GET' ? problem(404, 5045) : json({ personId: 7, faceId: 'F0123456789ABCDE' })
    }))
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo')
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)
    const w = mountPhoto()
    await flushPromises()

    await pick(w, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], '10001.png', { type: 'image/png' }))

    expect(calls).toEqual(['GET /api/people/7/photo', 'PUT /api/people/7/photo'])
    expect(w.get('[data-testid="person-photo-image"]').attributes('src')).toBe('blob:photo')
    expect(w.emitted('changed')).toHaveLength(1)
  })
})
