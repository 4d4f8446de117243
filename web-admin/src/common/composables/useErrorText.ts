import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isAppLocale, DEFAULT_LOCALE } from '@/common/i18n'
import { errorMessage, fieldErrors } from '@/common/utils/error-message'

/** Holds the last error of a form or panel; its texts follow the language switch. */
export function useErrorText(): {
  error: Ref<unknown>
  message: Ref<string>
  fields: Ref<Record<string, string>>
} {
  const { locale } = useI18n()
  const error = ref<unknown>(null)
  const message = computed(() => {
    if (error.value === null) return ''
    return errorMessage(error.value, isAppLocale(locale.value) ? locale.value : DEFAULT_LOCALE)
  })
  const fields = computed(() => fieldErrors(error.value))
  return { error, message, fields }
}
