import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { useErrorText } from '@/common/composables/useErrorText'

/**
 * A searched, paged list: the page shown, its loading state and last error, and the moves a list
 * screen makes (load again, search from the first page, go to a page of the pager, 1-based).
 */
export function usePagedList<P>(fetch: (page: number) => Promise<P>): {
  result: ShallowRef<P | null>
  loading: Ref<boolean>
  error: Ref<unknown>
  message: Ref<string>
  load: () => Promise<void>
  search: () => void
  goTo: (pagerPage: number) => void
} {
  const { error, message } = useErrorText()
  const page = ref(0)
  const result = shallowRef<P | null>(null)
  const loading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      result.value = await fetch(page.value)
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  function search(): void {
    page.value = 0
    void load()
  }

  function goTo(pagerPage: number): void {
    page.value = pagerPage - 1
    void load()
  }

  return { result, loading, error, message, load, search, goTo }
}
