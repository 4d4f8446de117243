import type { CardholderView, Problem, TokenResponse } from '@/common/api/types'

export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
}

export function problemResponse(status: number, code: number, extra: Partial<Problem> = {}): Response {
  const problem: Problem = { type: 'about:blank', title: `title ${code}`, status, code, ...extra }
  return jsonResponse(status, problem, 'application/problem+json')
}

export function tokens(accessToken: string, refreshToken: string): TokenResponse {
  return { accessToken, refreshToken, tokenType: 'Bearer', expiresInSeconds: 900 }
}

export const demoView: CardholderView = {
  personId: 1,
  employeeNo: '1001',
  name: '张三',
  departmentName: '信息中心',
  cashFen: 10000,
  subsidyFen: 5000,
  totalFen: 15000,
  cards: [
    { cardNo: 'C0001', status: 'NORMAL', expiresOn: '2030-12-31' },
    { cardNo: 'C0002', status: 'LOST' },
    { cardNo: 'C0003', status: 'FROZEN' },
    { cardNo: 'C0004', status: 'CANCELLED' },
    { cardNo: 'C0005', status: 'REPLACED' },
    { cardNo: 'C0006', status: 'EXPIRED' },
  ],
}

/** Header value of a fetch call made by the app (headers are always a plain object there). */
export function header(init: RequestInit | undefined, name: string): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[name]
}
