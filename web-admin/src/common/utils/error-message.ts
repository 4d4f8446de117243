import { ApiError } from '@/common/api/problem'
import type { AppLocale } from '@/common/i18n'
import enUS from '@/common/i18n/locales/en-US'
import zhCN, { type MessageSchema } from '@/common/i18n/locales/zh-CN'
import { resultCodeTitle } from '@/common/i18n/result-codes'

const FALLBACK: Record<AppLocale, MessageSchema['error']> = { 'zh-CN': zhCN.error, 'en-US': enUS.error }

/**
 * What to tell the operator about a failed call: the catalogue's title for the result code in the
 * current locale, else the server's detail or title, else a generic text.
 */
export function errorMessage(err: unknown, locale: AppLocale): string {
  if (err instanceof ApiError) {
    if (err.isNetworkError) return FALLBACK[locale].network
    const byCode = err.code === undefined ? undefined : resultCodeTitle(err.code, locale)
    return byCode ?? err.detail ?? err.title ?? FALLBACK[locale].unknown
  }
  return FALLBACK[locale].unknown
}

/** Field errors keyed by field name (the last path segment, e.g. "body.username" → "username"). */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!(err instanceof ApiError)) return out
  for (const { field, message } of err.fieldErrors) {
    const key = field.split(/[.[\]]/).filter(Boolean).pop() ?? field
    out[key] ??= message
  }
  return out
}
