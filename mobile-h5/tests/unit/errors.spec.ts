import { describe, expect, it } from 'vitest'
import { describeError, fieldErrors } from '@/common/api/describe'
import { ApiError, NetworkError, apiErrorFrom } from '@/common/api/errors'
import type { Problem } from '@/common/api/types'
import { jsonResponse, problemResponse } from './helpers'

const problem = (code: number, extra: Partial<Problem> = {}): Problem => ({
  type: 'about:blank',
  title: 'Server title',
  status: 400,
  code,
  ...extra,
})

describe('describeError', () => {
  it('uses the catalogue title for the code in Chinese and English', () => {
    const err = new ApiError(401, problem(2004, { detail: 'bad credentials for 1001' }))
    expect(describeError(err, 'zh-CN')).toBe('用户名或密码错误')
    expect(describeError(err, 'en-US')).toBe('Wrong username or password')
  })

  it.each([
    [2002, '登录已过期', 'Session expired'],
    [2009, '刷新凭证被重复使用，已注销该会话', 'Refresh token reused; the session was revoked'],
    [3001, '余额不足', 'Insufficient balance'],
    [9000, '系统内部错误', 'Internal error'],
  ])('code %i', (code, zh, en) => {
    const err = new ApiError(400, problem(code))
    expect(describeError(err, 'zh-CN')).toBe(zh)
    expect(describeError(err, 'en-US')).toBe(en)
  })

  it('falls back to detail, then title, for codes not in the catalogue', () => {
    expect(describeError(new ApiError(400, problem(7777, { detail: 'Some detail' })), 'zh-CN')).toBe('Some detail')
    expect(describeError(new ApiError(400, problem(7777)), 'en-US')).toBe('Server title')
  })

  it('gives a generic message without a problem body, and a network message when unanswered', () => {
    expect(describeError(new ApiError(502, null), 'zh-CN')).toBe('操作失败，请稍后重试')
    expect(describeError(new ApiError(502, null), 'en-US')).toBe('Something went wrong, please try again later')
    expect(describeError(new NetworkError(new TypeError('fetch failed')), 'zh-CN')).toBe('网络连接失败，请稍后重试')
    expect(describeError(new Error('boom'), 'en-US')).toBe('Something went wrong, please try again later')
  })
})

describe('apiErrorFrom', () => {
  it('reads an application/problem+json body', async () => {
    const err = await apiErrorFrom(problemResponse(401, 2004))
    expect(err.status).toBe(401)
    expect(err.code).toBe(2004)
  })

  it('keeps the status when the body is not a problem', async () => {
    const html = new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })
    const err = await apiErrorFrom(html)
    expect(err.status).toBe(502)
    expect(err.problem).toBeNull()
    expect((await apiErrorFrom(jsonResponse(500, { message: 'x' }))).problem).toBeNull()
  })
})

describe('fieldErrors', () => {
  it('maps field messages by field name, first one wins', () => {
    const err = new ApiError(
      400,
      problem(1001, {
        errors: [
          { field: 'employeeNo', message: 'must not be blank' },
          { field: 'employeeNo', message: 'too short' },
          { field: 'password', message: 'must not be blank' },
        ],
      }),
    )
    expect(fieldErrors(err)).toEqual({ employeeNo: 'must not be blank', password: 'must not be blank' })
    expect(fieldErrors(new Error('x'))).toEqual({})
  })
})
