import type { CardholderView, PaymentOrderView, Problem, TokenResponse } from '@/common/api/types'

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

/** A recharge order as the server shows it (WeChat, 12.34 yuan). */
export function paymentOrder(status: PaymentOrderView['status'], extra: Partial<PaymentOrderView> = {}): PaymentOrderView {
  return {
    orderNo: 'P1',
    personId: 1,
    channel: 'WECHAT',
    amountFen: 1234,
    status,
    payUrl: 'http://127.0.0.1/sim/pay/WECHAT/P1',
    refundedFen: 0,
    createdAt: '2026-11-21T10:00:00Z',
    expiresAt: '2026-11-21T10:15:00Z',
    replayed: false,
    ...extra,
  }
}
