import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createAppI18n } from '@/common/i18n'
import { usePagedList } from '@/common/composables/usePagedList'

/** Runs the composable inside a component (it needs the i18n of one) and hands it out. */
function withList(fetch: (page: number) => Promise<string>): ReturnType<typeof usePagedList<string>> {
  let list: ReturnType<typeof usePagedList<string>> | undefined
  mount(defineComponent({ setup: () => { list = usePagedList(fetch); return () => h('div') } }),
    { global: { plugins: [createAppI18n('en-US')] } })
  return list!
}

describe('usePagedList', () => {
  it('asks for the pager’s page 0-based, and a search starts again from the first', async () => {
    const asked: number[] = []
    const list = withList(async (page) => { asked.push(page); return `page ${page}` })

    list.goTo(3)
    await list.load()
    list.search()
    await list.load()

    expect(asked).toEqual([2, 2, 0, 0])
    expect(list.result.value).toBe('page 0')
    expect(list.loading.value).toBe(false)
  })

  it('keeps the last error and clears it on the next load', async () => {
    let fail = true
    const list = withList(async () => { if (fail) throw new Error('down'); return 'ok' })

    await list.load()
    expect(list.error.value).toBeInstanceOf(Error)
    expect(list.message.value).not.toBe('')
    fail = false
    await list.load()
    expect(list.error.value).toBeNull()
    expect(list.result.value).toBe('ok')
  })
})
