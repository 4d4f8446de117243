import { describe, expect, it } from 'vitest'
import catalogue from '@openapi/result-codes.json'
import { ResultCodes } from '@/common/api/codes'
import { ApiError, parseProblem } from '@/common/api/problem'
import { errorMessage, fieldErrors } from '@/common/utils/error-message'

const err = (status: number, body: unknown) => new ApiError(status, parseProblem(body))

describe('errorMessage', () => {
  it('uses the catalogue title of the code in Chinese and in English', () => {
    const e = err(401, { type: 't', title: 'Unauthorized', status: 401, code: 2004, detail: 'bad password' })
    expect(errorMessage(e, 'zh-CN')).toBe('用户名或密码错误')
    expect(errorMessage(e, 'en-US')).toBe('Wrong username or password')
  })

  it('knows every code of the catalogue in both languages', () => {
    for (const entry of catalogue) {
      const e = err(entry.httpStatus, { code: entry.code, title: 'x', detail: 'y' })
      expect(errorMessage(e, 'zh-CN')).toBe(entry.titleZh)
      expect(errorMessage(e, 'en-US')).toBe(entry.titleEn)
    }
  })

  it('falls back to detail, then title, for codes not in the catalogue', () => {
    expect(errorMessage(err(418, { code: 7777, title: 'Teapot', detail: 'short and stout' }), 'en-US')).toBe('short and stout')
    expect(errorMessage(err(418, { code: 7777, title: 'Teapot' }), 'zh-CN')).toBe('Teapot')
    expect(errorMessage(err(500, { title: 'Oops' }), 'zh-CN')).toBe('Oops')
  })

  it('falls back to a generic text when the body is not a problem', () => {
    expect(errorMessage(err(502, '<html>bad gateway</html>'), 'zh-CN')).toBe('请求失败')
    expect(errorMessage(err(502, null), 'en-US')).toBe('Request failed')
    expect(errorMessage(err(500, { code: '2004' }), 'en-US')).toBe('Request failed') // a code must be a number
    expect(errorMessage(new Error('boom'), 'en-US')).toBe('Request failed')
    expect(errorMessage(undefined, 'zh-CN')).toBe('请求失败')
  })

  it('says when the server cannot be reached', () => {
    const e = new ApiError(0, undefined, new TypeError('Failed to fetch'))
    expect(errorMessage(e, 'zh-CN')).toBe('无法连接服务器')
    expect(errorMessage(e, 'en-US')).toBe('Cannot reach the server')
  })
})

describe('fieldErrors', () => {
  it('keys field errors by their last path segment, first message wins', () => {
    const e = err(400, {
      code: 1001,
      errors: [
        { field: 'username', message: 'must not be blank' },
        { field: 'body.password', message: 'too long' },
        { field: 'password', message: 'second' },
        { field: 42, message: 'dropped: field is not a string' },
      ],
    })
    expect(fieldErrors(e)).toEqual({ username: 'must not be blank', password: 'too long' })
  })

  it('gives nothing for other errors', () => {
    expect(fieldErrors(new Error('x'))).toEqual({})
    expect(fieldErrors(err(400, { code: 1001, errors: 'nope' }))).toEqual({})
  })
})

describe('ResultCodes', () => {
  it('match the names and numbers of the catalogue', () => {
    for (const [name, code] of Object.entries(ResultCodes)) {
      expect(catalogue.find((e) => e.code === code)?.name).toBe(name)
    }
  })
})
