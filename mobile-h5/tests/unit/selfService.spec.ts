import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { authed, setPasswordRequiredHandler } from '@/common/api/http'
import { useAuthStore } from '@/common/stores/auth'
import { canReportLost } from '@/pages/balance/cardStatus'
import { NO_FILTER, hasMore, historyQuery, rangeIsValid } from '@/pages/history/query'
import { newPasswordProblem } from '@/pages/password/rules'
import { jsonResponse, problemResponse } from './helpers'

describe('new password rules', () => {
  it('asks for at least 6 characters, counting characters rather than bytes', () => {
    expect(newPasswordProblem('123456', '', '')).toBe('required')
    expect(newPasswordProblem('123456', '12345', '12345')).toBe('tooShort')
    expect(newPasswordProblem('123456', '      ', '      ')).toBe('tooShort')
    expect(newPasswordProblem('123456', '密码密码密', '密码密码密')).toBe('tooShort')
    expect(newPasswordProblem('123456', '密码密码密码', '密码密码密码')).toBeNull()
  })

  it('refuses the old password again and a repetition that differs', () => {
    expect(newPasswordProblem('abcdef', 'abcdef', 'abcdef')).toBe('unchanged')
    expect(newPasswordProblem('abcdef', 'ghijkl', 'ghijkm')).toBe('mismatch')
    expect(newPasswordProblem('abcdef', 'ghijkl', 'ghijkl')).toBeNull()
  })
})

describe('statement filters', () => {
  it('sends only the filters that are set, and always the page', () => {
    expect(historyQuery(NO_FILTER, 0)).toBe('?page=0&size=20')
    expect(historyQuery({ from: '2026-11-01', to: '2026-11-21', kind: 'RECHARGE', wallet: 'CASH_WALLET' }, 2, 5)).toBe(
      '?from=2026-11-01&to=2026-11-21&kind=RECHARGE&wallet=CASH_WALLET&page=2&size=5',
    )
    expect(historyQuery({ ...NO_FILTER, wallet: 'SUBSIDY_WALLET' }, 1)).toBe('?wallet=SUBSIDY_WALLET&page=1&size=20')
  })

  it('catches days in the wrong order, open ends are fine', () => {
    expect(rangeIsValid({ ...NO_FILTER, from: '2026-11-02', to: '2026-11-01' })).toBe(false)
    expect(rangeIsValid({ ...NO_FILTER, from: '2026-11-01', to: '2026-11-01' })).toBe(true)
    expect(rangeIsValid({ ...NO_FILTER, from: '2026-11-02' })).toBe(true)
    expect(rangeIsValid({ ...NO_FILTER, to: '2026-11-02' })).toBe(true)
  })

  it('offers more while fewer lines are loaded than the total', () => {
    expect(hasMore(20, 45)).toBe(true)
    expect(hasMore(45, 45)).toBe(false)
    expect(hasMore(0, 0)).toBe(false)
  })
})

describe('report lost', () => {
  it('is offered for normal and frozen cards only, as the server allows', () => {
    expect(['NORMAL', 'FROZEN', 'LOST', 'CANCELLED', 'REPLACED', 'EXPIRED', 'ODD'].filter(canReportLost)).toEqual([
      'NORMAL',
      'FROZEN',
    ])
  })
})

describe('the initial password must go first', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setPasswordRequiredHandler(() => {})
  })

  it('sends the cardholder to the password page on 6013 and keeps the session', async () => {
    setActivePinia(createPinia())
    const auth = useAuthStore()
    auth.accessToken = 'a1'
    const required = vi.fn()
    setPasswordRequiredHandler(required)
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(403, 6013)))

    await expect(authed('GET', '/api/h5/me')).rejects.toMatchObject({ status: 403 })

    expect(required).toHaveBeenCalledOnce()
    expect(auth.accessToken).toBe('a1')
  })

  it('does not call it for other refusals', async () => {
    setActivePinia(createPinia())
    useAuthStore().accessToken = 'a1'
    const required = vi.fn()
    setPasswordRequiredHandler(required)
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(404, 1002)))
    await expect(authed('POST', '/api/h5/cards/X/loss')).rejects.toMatchObject({ status: 404 })
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, {})))
    await authed('GET', '/api/h5/me')
    expect(required).not.toHaveBeenCalled()
  })
})
