import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN, { type Messages } from './zh-CN'
import { type Locale, readStoredLocale, storeLocale } from './locale'

const storage = typeof window === 'undefined' ? undefined : window.localStorage

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: readStoredLocale(storage),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  storeLocale(storage, locale)
  applyDocumentLocale(locale)
}

export function applyDocumentLocale(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
