import { describe, expect, it } from 'vitest'
import type { PaymentNotificationView, PaymentOrderView, PaymentRefundView, ReconciliationReport } from '@/common/api/types'
import {
  balanced, gatewayDay, orderTagType, orderTimeline, outcomeTagType, readRefundAmount, reconciliationCsv, reconciliationRows,
  reconciliationSummary, refundableFen, refundTagType,
} from '@/pages/payments/status'

const order: PaymentOrderView = {
  orderNo: 'OC20261121000001',
  personId: 7,
  channel: 'WECHAT',
  amountFen: 5000,
  status: 'PAID',
  refundedFen: 0,
  createdAt: '2026-11-21T02:00:00Z',
  expiresAt: '2026-11-21T02:30:00Z',
  paidAt: '2026-11-21T02:01:00Z',
  replayed: false,
}

describe('order and notification tags', () => {
  it('shows every order state with its own colour', () => {
    expect(orderTagType('CREATED')).toBe('warning')
    expect(orderTagType('PAID')).toBe('success')
    expect(orderTagType('CLOSED')).toBe('info')
    expect(orderTagType('REFUNDED')).toBe('danger')
  })

  it('marks refused notifications red and unknown outcomes or refund states neutrally', () => {
    expect(outcomeTagType('CREDITED')).toBe('success')
    expect(outcomeTagType('REPEATED')).toBe('info')
    expect(outcomeTagType('IGNORED')).toBe('warning')
    expect(outcomeTagType('REJECTED')).toBe('danger')
    expect(outcomeTagType('SOMETHING_NEW')).toBe('info')
    expect(refundTagType('PROCESSING')).toBe('warning')
    expect(refundTagType('SUCCESS')).toBe('success')
    expect(refundTagType('FAILED')).toBe('danger')
    expect(refundTagType('')).toBe('info')
  })
})

describe('refundableFen', () => {
  it('is the amount less what went back, for a paid or partly refunded order', () => {
    expect(refundableFen(order)).toBe(5000)
    expect(refundableFen({ ...order, status: 'REFUNDED', refundedFen: 1234 })).toBe(3766)
    expect(refundableFen({ ...order, status: 'REFUNDED', refundedFen: 5000 })).toBe(0)
  })

  it('is nothing for an order never paid', () => {
    expect(refundableFen({ ...order, status: 'CREATED' })).toBe(0)
    expect(refundableFen({ ...order, status: 'CLOSED' })).toBe(0)
  })
})

describe('readRefundAmount', () => {
  it.each([
    ['12.34', 1234],
    ['0.01', 1],
    [' 50 ', 5000],
    ['49.9', 4990],
    ['50.00', 5000],
  ])('reads %j yuan as %i fen exactly', (text, fen) => {
    expect(readRefundAmount(text, 5000)).toEqual({ ok: true, fen })
  })

  it('reads 0.29 and 1.15 (floating point traps) exactly', () => {
    expect(readRefundAmount('0.29', 5000)).toEqual({ ok: true, fen: 29 })
    expect(readRefundAmount('1.15', 5000)).toEqual({ ok: true, fen: 115 })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['1e3', 'format'],
    ['1,5', 'format'],
    ['12.345', 'decimals'],
    ['-1', 'negative'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['50.01', 'exceeds'],
    ['99999999999999999', 'tooLarge'],
  ])('refuses %j: %s', (text, problem) => {
    expect(readRefundAmount(text, 5000)).toEqual({ ok: false, problem })
  })

  it('refuses everything when nothing is refundable', () => {
    expect(readRefundAmount('0.01', 0)).toEqual({ ok: false, problem: 'exceeds' })
  })
})

describe('orderTimeline', () => {
  const refund = (over: Partial<PaymentRefundView>): PaymentRefundView => ({
    refundNo: 'RF1',
    orderNo: order.orderNo,
    amountFen: 2000,
    status: 'SUCCESS',
    createdAt: '2026-11-21T03:00:00Z',
    finishedAt: '2026-11-21T03:00:01Z',
    replayed: false,
    ...over,
  })
  const notification = (over: Partial<PaymentNotificationView>): PaymentNotificationView => ({
    id: 1,
    channel: 'WECHAT',
    receivedAt: '2026-11-21T02:01:00Z',
    orderNo: order.orderNo,
    outcome: 'CREDITED',
    resultCode: 0,
    body: '{}',
    ...over,
  })

  it('tells created, notified, credited and each refund in time order', () => {
    const events = orderTimeline(
      { ...order, status: 'REFUNDED', refundedFen: 2500 },
      [refund({ refundNo: 'RF2', amountFen: 500, createdAt: '2026-11-21T04:00:00Z', finishedAt: undefined, status: 'PROCESSING', reason: '多充' }), refund({})],
      [notification({ id: 2, outcome: 'REPEATED', receivedAt: '2026-11-21T02:05:00Z' }), notification({})],
    )
    expect(events.map((e) => [e.kind, e.state, e.amountFen])).toEqual([
      ['created', undefined, 5000],
      // the notification that credited and the credit itself at the same moment: the notification first
      ['notified', 'CREDITED', undefined],
      ['credited', undefined, 5000],
      ['notified', 'REPEATED', undefined],
      ['refund', 'SUCCESS', 2000],
      ['refundFinished', 'SUCCESS', 2000],
      ['refund', 'PROCESSING', 500],
    ])
    expect(events.at(-1)?.detail).toBe('多充')
  })

  it('shows a closed order with a refused notification and why', () => {
    const events = orderTimeline(
      { ...order, status: 'CLOSED', paidAt: undefined, closedAt: '2026-11-21T02:30:00Z' },
      [],
      [notification({ outcome: 'REJECTED', resultCode: 6003, detail: 'signature does not verify' })],
    )
    expect(events.map((e) => e.kind)).toEqual(['created', 'notified', 'closed'])
    expect(events[1]).toMatchObject({ state: 'REJECTED', detail: 'signature does not verify' })
  })

  it('puts an event with an unreadable time last instead of failing', () => {
    const events = orderTimeline({ ...order, paidAt: 'garbage' }, [], [])
    expect(events.map((e) => e.kind)).toEqual(['created', 'credited'])
  })
})

describe('reconciliation', () => {
  const report: ReconciliationReport = {
    matched: 2,
    matchedFen: 3000,
    matchedOrders: [
      { orderNo: 'A', statementFen: 1000, ledgerFen: 1000 },
      { orderNo: 'B', statementFen: 2000, ledgerFen: 2000 },
    ],
    missingInLedger: [{ orderNo: 'C', statementFen: 300 }],
    missingInStatement: [{ orderNo: 'D', ledgerFen: 400 }],
    amountDifferences: [{ orderNo: 'E', statementFen: 1200, ledgerFen: 1300 }],
  }

  it('lists every order under its group with the difference where both sides have it', () => {
    expect(reconciliationRows(report)).toEqual([
      { group: 'matched', orderNo: 'A', statementFen: 1000, ledgerFen: 1000, differenceFen: 0 },
      { group: 'matched', orderNo: 'B', statementFen: 2000, ledgerFen: 2000, differenceFen: 0 },
      { group: 'missingInLedger', orderNo: 'C', statementFen: 300, ledgerFen: null, differenceFen: null },
      { group: 'missingInStatement', orderNo: 'D', statementFen: null, ledgerFen: 400, differenceFen: null },
      { group: 'amountDiffers', orderNo: 'E', statementFen: 1200, ledgerFen: 1300, differenceFen: -100 },
    ])
  })

  it('counts and sums each group, a missing side adding nothing', () => {
    const rows = reconciliationRows(report)
    expect(reconciliationSummary(rows)).toEqual([
      { group: 'matched', count: 2, statementFen: 3000, ledgerFen: 3000 },
      { group: 'missingInLedger', count: 1, statementFen: 300, ledgerFen: 0 },
      { group: 'missingInStatement', count: 1, statementFen: 0, ledgerFen: 400 },
      { group: 'amountDiffers', count: 1, statementFen: 1200, ledgerFen: 1300 },
    ])
    expect(balanced(rows)).toBe(false)
  })

  it('is balanced when only matched orders (or none) are there; absent lists count as empty', () => {
    expect(balanced(reconciliationRows({ matchedOrders: report.matchedOrders }))).toBe(true)
    expect(reconciliationRows({})).toEqual([])
    expect(balanced([])).toBe(true)
    expect(reconciliationSummary([]).every((g) => g.count === 0 && g.statementFen === 0)).toBe(true)
  })

  it('exports CSV with yuan amounts, empty cells for a missing side and quoted commas', () => {
    const rows = reconciliationRows({ ...report, matchedOrders: [{ orderNo: 'A,1', statementFen: 1000, ledgerFen: 1000 }] })
    const csv = reconciliationCsv(rows, ['结果', '订单号', '对账单', '账务', '差额'], (g) => g, (fen) => (fen / 100).toFixed(2))
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe('结果,订单号,对账单,账务,差额')
    expect(lines[1]).toBe('matched,"A,1",10.00,10.00,0.00')
    expect(lines[2]).toBe('missingInLedger,C,3.00,,')
    expect(lines[4]).toBe('amountDiffers,E,12.00,13.00,-1.00')
  })
})

describe('gatewayDay', () => {
  it('is the day in China, where the gateways cut their statements', () => {
    expect(gatewayDay(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21')
    expect(gatewayDay(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22')
    expect(gatewayDay(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01')
  })
})
