import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { parseYuanToFen } from '@/common/utils/money'

/** A text field holding yuan, read as integer fen; its error shows once the operator tried to submit. */
export function useYuanField(options: { allowZero?: boolean; optional?: boolean } = {}): {
  text: Ref<string>
  fen: ComputedRef<number | undefined>
  valid: ComputedRef<boolean>
  error: ComputedRef<string>
  touch: () => void
  reset: (value?: string) => void
} {
  const { t } = useI18n()
  const text = ref('')
  const touched = ref(false)
  const blank = computed(() => text.value.trim() === '')
  const parsed = computed(() => parseYuanToFen(text.value, options))
  const valid = computed(() => parsed.value.ok || (options.optional === true && blank.value))
  const fen = computed(() => (parsed.value.ok ? parsed.value.fen : undefined))
  const error = computed(() => {
    if (!touched.value || valid.value || parsed.value.ok) return ''
    return t(`yuan.${parsed.value.problem}`)
  })
  return {
    text,
    fen,
    valid,
    error,
    touch: () => (touched.value = true),
    reset: (value = '') => {
      text.value = value
      touched.value = false
    },
  }
}
