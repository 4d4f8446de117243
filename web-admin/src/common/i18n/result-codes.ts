import catalogue from '@openapi/result-codes.json'
import type { AppLocale } from './index'

export interface ResultCodeEntry {
  code: number
  name: string
  httpStatus: number
  titleZh: string
  titleEn: string
}

const byCode = new Map<number, ResultCodeEntry>(catalogue.map((e) => [e.code, e]))

export function resultCode(code: number): ResultCodeEntry | undefined {
  return byCode.get(code)
}

/** The catalogue's title for a code in the given locale, if the code is known. */
export function resultCodeTitle(code: number, locale: AppLocale): string | undefined {
  const entry = byCode.get(code)
  if (!entry) return undefined
  return locale === 'zh-CN' ? entry.titleZh : entry.titleEn
}
