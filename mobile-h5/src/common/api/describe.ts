// Turns any error into text for the user: catalogue title by result code in the current locale first,
// then the server's own detail/title, then a generic message.
import { messages, type AppLocale } from '@/common/i18n'
import { ApiError, NetworkError } from './errors'
import { resultCode } from './resultCodes'

export function describeError(error: unknown, locale: AppLocale): string {
  if (error instanceof NetworkError) return messages[locale].error.network
  if (!(error instanceof ApiError)) return messages[locale].error.unknown
  const entry = resultCode(error.code)
  if (entry && entry.code !== 0) return locale === 'en-US' ? entry.titleEn : entry.titleZh
  return error.problem?.detail || error.problem?.title || messages[locale].error.unknown
}

/** Per-field messages from a validation problem, keyed by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {}
  if (error instanceof ApiError) {
    for (const fe of error.problem?.errors ?? []) result[fe.field] ??= fe.message
  }
  return result
}
