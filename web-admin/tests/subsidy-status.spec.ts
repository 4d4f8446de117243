import { describe, expect, it } from 'vitest'
import type { SubsidyStatus } from '@/common/api/types'
import { createAppI18n, type AppLocale } from '@/common/i18n'
import { reversalText, SUBSIDY_STATUSES, subsidyActions, subsidyStatusKey, subsidyStatusText } from '@/pages/subsidies/status'

const EXPECTED: Record<AppLocale, Record<SubsidyStatus, string>> = {
  'zh-CN': {
    REGISTERED: '已登记',
    DISTRIBUTED: '已下发待领取',
    CLAIMED: '已领取',
    EXPIRED: '已过期清零',
    SUPERSEDED: '已被清零补贴替代',
    REVERSED: '已冲销',
    DELETED: '已删除',
  },
  'en-US': {
    REGISTERED: 'Registered',
    DISTRIBUTED: 'Distributed, not yet received',
    CLAIMED: 'Received',
    EXPIRED: 'Expired and cleared',
    SUPERSEDED: 'Superseded by a reset subsidy',
    REVERSED: 'Reversed',
    DELETED: 'Deleted',
  },
}

const subsidy = { personName: '张三', employeeNo: 'E001', amountFen: 12345 }

describe('subsidy status labels', () => {
  it.each(['zh-CN', 'en-US'] as const)('names every status in %s', (locale) => {
    const { t, te } = createAppI18n(locale).global
    for (const status of SUBSIDY_STATUSES) {
      expect(te(subsidyStatusKey(status))).toBe(true)
      expect(subsidyStatusText({ status }, t)).toBe(EXPECTED[locale][status])
    }
  })

  it('says how much expiry cleared, in yuan', () => {
    const { t } = createAppI18n('zh-CN').global
    expect(subsidyStatusText({ status: 'EXPIRED', clearedFen: 1205 }, t)).toBe('已过期清零（清零 ¥12.05）')
    expect(subsidyStatusText({ status: 'EXPIRED', clearedFen: 0 }, t)).toBe('已过期清零（清零 ¥0.00）')
    // clearedFen only matters for an expired subsidy
    expect(subsidyStatusText({ status: 'CLAIMED', clearedFen: 1205 }, t)).toBe('已领取')
  })
})

describe('subsidy actions by status', () => {
  it('distributes and deletes only registered subsidies', () => {
    expect(SUBSIDY_STATUSES.filter((s) => subsidyActions(s).distribute)).toEqual(['REGISTERED'])
    expect(SUBSIDY_STATUSES.filter((s) => subsidyActions(s).delete)).toEqual(['REGISTERED'])
  })

  it('reverses only distributed or claimed subsidies', () => {
    expect(SUBSIDY_STATUSES.filter((s) => subsidyActions(s).reverse)).toEqual(['DISTRIBUTED', 'CLAIMED'])
  })
})

describe('reversal confirmation', () => {
  const { t } = createAppI18n('zh-CN').global

  it('states that a claimed subsidy takes its amount back out of the wallet', () => {
    const text = reversalText({ ...subsidy, status: 'CLAIMED' }, t)
    expect(text).toContain('收回 ¥123.45')
    expect(text).toContain('张三（E001）')
  })

  it('states that an unclaimed one leaves the card balance alone', () => {
    const text = reversalText({ ...subsidy, status: 'DISTRIBUTED' }, t)
    expect(text).toContain('¥123.45 不再发放')
    expect(text).toContain('卡上余额不变')
  })
})
