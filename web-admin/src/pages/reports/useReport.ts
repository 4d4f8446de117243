import { computed, reactive, ref } from 'vue'
import { useErrorText } from '@/common/composables/useErrorText'
import { saveBlob } from '@/pages/imports/download'
import { gatewayDay } from '@/pages/payments/status'
import type { ReportQuery } from './api'
import { rangeProblem, workbookName } from './format'

/**
 * What every report page does: a date range (today by default) and outlets, one run at a time,
 * the last answer with the query it answers (export and print use that query, not the edited
 * form), and the workbook download.
 */
export function useReport<T>(load: (q: ReportQuery) => Promise<T>, canRead: () => boolean) {
  const { error, message } = useErrorText()
  const today = gatewayDay(new Date())
  const form = reactive<{ days: [string, string]; outletIds: number[] }>({ days: [today, today], outletIds: [] })
  const loading = ref(false)
  const exporting = ref(false)
  const ran = ref<{ query: ReportQuery; report: T } | null>(null)
  const problem = computed(() => rangeProblem(form.days?.[0] ?? '', form.days?.[1] ?? ''))

  async function run(): Promise<void> {
    if (!canRead() || loading.value || problem.value) return
    loading.value = true
    error.value = null
    const query: ReportQuery = { from: form.days[0], to: form.days[1], outletIds: [...form.outletIds] }
    try {
      ran.value = { query, report: await load(query) }
    } catch (e) {
      error.value = e
      ran.value = null
    } finally {
      loading.value = false
    }
  }

  async function download(workbook: (q: ReportQuery) => Promise<Blob>, title: string): Promise<void> {
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

  return { form, loading, exporting, ran, problem, message, error, run, download }
}
