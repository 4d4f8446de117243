import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import LangSwitch from '@/common/components/LangSwitch.vue'
import { createAppI18n, storedLocale } from '@/common/i18n'
import enUS from '@/common/i18n/locales/en-US'
import zhCN from '@/common/i18n/locales/zh-CN'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

describe('languages', () => {
  beforeEach(() => localStorage.clear())

  it('defaults to Chinese and ignores unknown stored values', () => {
    expect(storedLocale()).toBe('zh-CN')
    localStorage.setItem('onecard.admin.locale', 'fr-FR')
    expect(storedLocale()).toBe('zh-CN')
    localStorage.setItem('onecard.admin.locale', 'en-US')
    expect(storedLocale()).toBe('en-US')
  })

  it('both locale files have the same keys, none empty', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort())
    expect(keys(zhCN).length).toBeGreaterThan(30)
  })

  it('the switch changes the language and remembers it', async () => {
    const i18n = createAppI18n('zh-CN')
    const w = mount(LangSwitch, { global: { plugins: [i18n] } })
    await w.get('[data-testid="lang-en"] input').setValue(true)
    expect(i18n.global.locale.value).toBe('en-US')
    expect(localStorage.getItem('onecard.admin.locale')).toBe('en-US')
    expect(document.documentElement.lang).toBe('en-US')
    expect(i18n.global.t('ledger.balanced')).toBe('Books balance')
  })
})
