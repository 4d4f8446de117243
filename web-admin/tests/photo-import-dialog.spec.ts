import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/common/i18n'
import { useAuthStore } from '@/common/stores/auth'
import PhotoImportDialog from '@/pages/people/components/PhotoImportDialog.vue'
import { json, tokens } from './helpers'

const REPORT = {
  total: 2,
  accepted: 1,
  refused: 1,
  rows: [
    { row: 1, fileName: '10001.jpg', employeeNo: '10001', status: 'ACCEPTED', personId: 7, faceId: 'F0123456789ABCDE' },
    { row: 2, fileName: '10002.jpg', employeeNo: '10002', status: 'REFUSED', code: 5043, reason: 'The photo is 10×10 px' },
  ],
}

function mountDialog() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setTokens(tokens('acc', 'ref'))
  return mount(PhotoImportDialog, {
    props: { modelValue: true },
    global: { plugins: [pinia, createAppI18n('zh-CN')] },
    attachTo: document.body,
  })
}

async function choose(files: File[]): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('[data-testid="photo-import-input"]')!
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('PhotoImportDialog', () => {
  it('sends the chosen ZIP as the multipart field "file" and shows the report row by row', async () => {
    const sent: { method: string; path: string; type: string | null }[] = []
    vi.stubGlobal('fetch', vi.fn(async (r: Request) => {
      sent.push({ method: r.method, path: new URL(r.url).pathname, type: r.headers.get('Content-Type') })
      return json(REPORT)
    }))
    const w = mountDialog()
    await flushPromises()

    await choose([new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'faces.zip', { type: 'application/zip' })])
    document.querySelector<HTMLButtonElement>('[data-testid="photo-import-start"]')!.click()
    await flushPromises()

    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/people/photos/import' })
    expect(sent[0].type).toMatch(/^multipart\/form-data; boundary=/)
    expect(document.querySelector('[data-testid="photo-import-summary"]')!.textContent).toContain('成功 1，失败 1')
    const rows = document.querySelector('[data-testid="photo-import-rows"]')!.textContent ?? ''
    expect(rows).toContain('10001.jpg')
    expect(rows).toContain('照片尺寸不符合人脸照片要求')
    expect(w.emitted('imported')).toHaveLength(1)
    w.unmount()
  })

  it('stops a mix of ZIP and photos before sending anything', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const w = mountDialog()
    await flushPromises()

    await choose([new File(['x'], 'a.zip'), new File(['y'], '1.jpg', { type: 'image/jpeg' })])
    document.querySelector<HTMLButtonElement>('[data-testid="photo-import-start"]')!.click()
    await flushPromises()

    expect(document.querySelector('[data-testid="photo-import-problem"]')!.textContent).toContain('不要混合')
    expect(fetchMock).not.toHaveBeenCalled()
    w.unmount()
  })
})
