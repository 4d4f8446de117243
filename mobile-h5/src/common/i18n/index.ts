import { createI18n } from 'vue-i18n'
import { Locale as VantLocale } from 'vant'
import vantEnUS from 'vant/es/locale/lang/en-US'
import vantZhCN from 'vant/es/locale/lang/zh-CN'
import zhCN from '@/locales/zh-CN.json'
import enUS from '@/locales/en-US.json'
import { readStorage, writeStorage } from '@/common/utils/storage'

export type AppLocale = 'zh-CN' | 'en-US'
export type MessageSchema = typeof zhCN

export const LOCALE_KEY = 'onecard.h5.locale'
export const messages: Record<AppLocale, MessageSchema> = { 'zh-CN': zhCN, 'en-US': enUS }

/** Chinese unless the user picked English before. */
export function storedLocale(): AppLocale {
  return readStorage(LOCALE_KEY) === 'en-US' ? 'en-US' : 'zh-CN'
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages,
})

export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}

function applyLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  VantLocale.use(locale, locale === 'en-US' ? vantEnUS : vantZhCN)
  document.documentElement.lang = locale
  document.title = messages[locale].app.title
}

export function setLocale(locale: AppLocale): void {
  writeStorage(LOCALE_KEY, locale)
  applyLocale(locale)
}

/** Brings Vant and the document in line with the remembered locale at start-up. */
export function initLocale(): void {
  applyLocale(storedLocale())
}

declare module 'vue-i18n' {
  // Makes t('…') keys type-checked against the Chinese messages.
  export interface DefineLocaleMessage extends MessageSchema {}
}
