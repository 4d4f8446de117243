import { describe, expect, it } from 'vitest'
import { createAppI18n, type AppLocale } from '@/common/i18n'
import { actionsFor, CARD_STATUSES, statusLabelKey } from '@/pages/cards/status'
import type { CardStatus } from '@/common/api/types'

const EXPECTED: Record<AppLocale, Record<CardStatus, string>> = {
  'zh-CN': { NORMAL: '正常', LOST: '挂失', FROZEN: '冻结', CANCELLED: '注销', REPLACED: '已补办', EXPIRED: '已过期' },
  'en-US': { NORMAL: 'Normal', LOST: 'Lost', FROZEN: 'Frozen', CANCELLED: 'Cancelled', REPLACED: 'Replaced', EXPIRED: 'Expired' },
}

describe('card status labels', () => {
  it.each(['zh-CN', 'en-US'] as const)('names every status in %s', (locale) => {
    const { t, te } = createAppI18n(locale).global
    for (const status of CARD_STATUSES) {
      expect(te(statusLabelKey(status))).toBe(true)
      expect(t(statusLabelKey(status))).toBe(EXPECTED[locale][status])
    }
  })
})

describe('card actions by status', () => {
  it('offers reissue only for a lost card', () => {
    for (const status of CARD_STATUSES) expect(actionsFor(status).reissue).toBe(status === 'LOST')
  })

  it('offers nothing on a cancelled or replaced card', () => {
    for (const status of ['CANCELLED', 'REPLACED'] as const) {
      expect(Object.values(actionsFor(status)).some(Boolean)).toBe(false)
    }
  })

  it('recharges only a normal card', () => {
    expect(CARD_STATUSES.filter((s) => actionsFor(s).recharge)).toEqual(['NORMAL'])
  })
})
