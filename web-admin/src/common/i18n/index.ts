import { createI18n } from 'vue-i18n'
import enUS from './locales/en-US'
import zhCN, { type MessageSchema } from './locales/zh-CN'

export const LOCALES = ['zh-CN', 'en-US'] as const
export type AppLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
const STORAGE_KEY = 'onecard.admin.locale'

export function isAppLocale(v: unknown): v is AppLocale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v)
}

/** The locale remembered in localStorage, or Chinese. */
export function storedLocale(): AppLocale {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isAppLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, 'en-US': enUS },
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

export const i18n = createAppI18n()

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

/** Switches the app's language and remembers the choice. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  rememberLocale(locale)
}

export function rememberLocale(locale: AppLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (globalThis.document) document.documentElement.lang = locale
}
