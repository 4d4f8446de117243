import { computed, reactive, ref, shallowRef } from 'vue'
import { useErrorText } from '@/common/composables/useErrorText'
import { saveBlob } from '@/pages/imports/download'
import { gatewayDay } from '@/pages/payments/status'
import type { ReportQuery } from './api'
import { rangeProblem, workbookName } from './format'

/**
 * What every report page does: a date range (today by default) and outlets, one run at a time,
 * the last answer with the query it answers (export and print use that query, not the edited
 * form), and the workbook download. {@code extend} adds a report's own filters to the query.
 */
export function useReport<T, Q extends ReportQuery = ReportQuery>(
  load: (q: Q) => Promise<T>,
  canRead: () => boolean,
  extend: (q: ReportQuery) => Q = (q) => q as Q,
) {
  const { error, message } = useErrorText()
  const today = gatewayDay(new Date())
  const form = reactive<{ days: [string, string]; outletIds: number[] }>({ days: [today, today], outletIds: [] })
  const loading = ref(false)
  const exporting = ref(false)
  const ran = shallowRef<{ query: Q; report: T } | null>(null)
  const problem = computed(() => rangeProblem(form.days?.[0] ?? '', form.days?.[1] ?? ''))

  async function run(): Promise<void> {
    if (problem.value) return
    await answer(extend({ from: form.days[0], to: form.days[1], outletIds: [...form.outletIds] }))
  }

  /** Asks again with the last query (e.g. another page of it), not the edited form. */
  async function rerun(): Promise<void> {
    if (ran.value) await answer(ran.value.query)
  }

  async function answer(query: Q): Promise<void> {
    if (!canRead() || loading.value) return
    loading.value = true
    error.value = null
    try {
      ran.value = { query, report: await load(query) }
    } catch (e) {
      error.value = e
      ran.value = null
    } finally {
      loading.value = false
    }
  }

  async function download(workbook: (q: Q) => Promise<Blob>, title: string): Promise<void> {
    const last = ran.value
    if (!last || exporting.value) return
    exporting.value = true
    try {
      saveBlob(await workbook(last.query), workbookName(title, last.query))
    } catch (e) {
      error.value = e
    } finally {
      exporting.value = false
    }
  }

  return { form, loading, exporting, ran, problem, message, error, run, rerun, download }
}
