import catalogue from '@openapi/result-codes.json'
import { describe, expect, it } from 'vitest'
import type { OfflineRecordView } from '@/common/api/types'
import { ApiError } from '@/common/api/problem'
import {
  OFFLINE_FILE_INVALID, OFFLINE_FILE_MAC_WRONG, OFFLINE_FILE_MAX_BYTES, OFFLINE_FILE_TERMINAL_UNKNOWN, checkOfflineFile, fileRefusal,
  lineClass, lineOutcome, summaryView,
} from '@/pages/offline/file'
import { recordRow, resultText, terminalCodeOf } from '@/pages/offline/records'

const record: OfflineRecordView = {
  key: 'term:00000012:000041:20261121',
  terminalCode: '00000012',
  trace: '000041',
  batchNo: '000003',
  source: 'FILE',
  credential: '620100000001',
  amountFen: 123456,
  occurredAt: '2026-11-21T00:30:12Z',
  receivedAt: '2026-11-21T02:00:00Z',
  status: 'BOOKED',
  resultCode: 0,
  postingId: 42,
  overdrawn: true,
}
const t = (key: string) => `<${key}>`

describe('offline record rows', () => {
  it('shows fen as yuan, the labels of source and status, and no result text when booked', () => {
    const row = recordRow(record, 'zh-CN', t)
    expect(row).toMatchObject({
      amount: '1234.56',
      source: '<offline.sources.FILE>',
      status: '<offline.statuses.BOOKED>',
      booked: true,
      result: '',
      overdrawn: true,
      postingId: 42,
    })
    expect(row.occurredAt).not.toBe(record.occurredAt)
  })

  it('names a rejection by its code and catalogue title in the UI language', () => {
    const rejected = { ...record, status: 'REJECTED', resultCode: 5082, postingId: undefined, overdrawn: false }
    expect(recordRow(rejected, 'zh-CN', t)).toMatchObject({ booked: false, result: '5082 卡片不在白名单中', postingId: undefined })
    expect(recordRow(rejected, 'en-US', t).result).toBe('5082 The card is not on the whitelist')
  })

  it('shows a source or status the screen does not know as it came, and an unknown code as its number', () => {
    const row = recordRow({ ...record, source: 'CLOUD', status: 'HELD', resultCode: 9999 }, 'zh-CN', t)
    expect(row).toMatchObject({ source: 'CLOUD', status: 'HELD', booked: false, result: '9999' })
    expect(resultText(undefined, 'zh-CN')).toBe('')
  })

  it('reads a machine number as the 8-digit terminal code and leaves anything else as typed', () => {
    expect(terminalCodeOf('12')).toBe('00000012')
    expect(terminalCodeOf(' 00000012 ')).toBe('00000012')
    expect(terminalCodeOf('T-1')).toBe('T-1')
    expect(terminalCodeOf('123456789')).toBe('123456789')
    expect(terminalCodeOf('  ')).toBeUndefined()
    expect(terminalCodeOf(undefined)).toBeUndefined()
  })
})

describe('offline file check before sending', () => {
  it('takes a .txt file from 1 byte to 2 MB', () => {
    expect(checkOfflineFile({ name: 'T12.TXT', size: 1 })).toBeNull()
    expect(checkOfflineFile({ name: 'b.txt', size: OFFLINE_FILE_MAX_BYTES })).toBeNull()
  })

  it('refuses no file, another kind of file, an empty one and one above 2 MB', () => {
    expect(checkOfflineFile(null)).toBe('none')
    expect(checkOfflineFile({ name: 'b.xlsx', size: 10 })).toBe('notText')
    expect(checkOfflineFile({ name: 'txt', size: 10 })).toBe('notText')
    expect(checkOfflineFile({ name: 'b.txt', size: 0 })).toBe('empty')
    expect(checkOfflineFile({ name: 'b.txt', size: OFFLINE_FILE_MAX_BYTES + 1 })).toBe('tooLarge')
  })
})

describe('offline file summary', () => {
  const lines = [
    { lineNo: 4, trace: '000041', responseCode: '00', resultCode: 0, postingId: 42, overdrawn: true },
    { lineNo: 5, trace: '000042', responseCode: '14', resultCode: 5082, overdrawn: false },
    { lineNo: 6, trace: '000043', responseCode: '94', resultCode: 1007, overdrawn: false },
  ]

  it('counts lines as the server does: 0 booked, 1007 conflict, anything else rejected', () => {
    expect(lineOutcome(0)).toBe('booked')
    expect(lineOutcome(1007)).toBe('conflict')
    expect(lineOutcome(5082)).toBe('rejected')
    expect(lineOutcome(undefined)).toBe('rejected')
  })

  it('keeps the server counts and the lines in file order', () => {
    const s = summaryView({ terminalCode: '00000012', batchNo: '000003', records: 3, booked: 1, rejected: 1, conflicts: 1, overdrawn: 1, lines })
    expect(s).toMatchObject({ terminalCode: '00000012', batchNo: '000003', records: 3, booked: 1, rejected: 1, conflicts: 1, overdrawn: 1 })
    expect(s.lines.map((l) => [l.lineNo, l.outcome, l.postingId])).toEqual([[4, 'booked', 42], [5, 'rejected', undefined], [6, 'conflict', undefined]])
  })

  it('marks refused and conflicting lines for highlighting, booked ones not', () => {
    const s = summaryView({ terminalCode: '00000012', batchNo: '000003', records: 3, booked: 1, rejected: 1, conflicts: 1, overdrawn: 1, lines })
    expect(s.lines.map(lineClass)).toEqual(['', 'line-rejected', 'line-conflict'])
  })
})

describe('a refused offline file', () => {
  it('uses the catalogue codes of the file refusals', () => {
    const names = (code: number) => catalogue.find((e) => e.code === code)?.name
    expect(names(OFFLINE_FILE_INVALID)).toBe('OFFLINE_FILE_INVALID')
    expect(names(OFFLINE_FILE_MAC_WRONG)).toBe('OFFLINE_FILE_MAC_WRONG')
    expect(names(OFFLINE_FILE_TERMINAL_UNKNOWN)).toBe('OFFLINE_FILE_TERMINAL_UNKNOWN')
  })

  it('splits the detail of 5101 into one problem per line', () => {
    const err = new ApiError(422, { code: 5101, detail: "line 5: expected trace,yyyyMMddHHmmss,credential,amountFen; line 7: '20261341083012' is not a time yyyyMMddHHmmss" })
    expect(fileRefusal(err)).toEqual({
      hint: 'invalid',
      details: ['line 5: expected trace,yyyyMMddHHmmss,credential,amountFen', "line 7: '20261341083012' is not a time yyyyMMddHHmmss"],
    })
  })

  it('gives the MAC and unknown-terminal hints with their detail, and nothing for other errors', () => {
    expect(fileRefusal(new ApiError(422, { code: 5102, detail: "The file's MAC is not terminal 00000012's" }))).toEqual({
      hint: 'macWrong',
      details: ["The file's MAC is not terminal 00000012's"],
    })
    expect(fileRefusal(new ApiError(422, { code: 5103 }))).toEqual({ hint: 'terminalUnknown', details: [] })
    expect(fileRefusal(new ApiError(403, { code: 2010, detail: 'outside your scope' }))).toBeNull()
    expect(fileRefusal(new ApiError(0))).toBeNull()
    expect(fileRefusal(new Error('boom'))).toBeNull()
  })
})
