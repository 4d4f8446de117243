import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { failureTitle, isFinished, progressPercent, reasonsText, reasonText, visibleRows } from '@/pages/imports/job'
import { allowedKinds, canImport } from '@/pages/imports/kinds'
import { pollJob } from '@/pages/imports/poll'
import { checkExcelFile, EXCEL_MAX_BYTES } from '@/pages/imports/precheck'
import type { ImportJob, ImportReason, ReportRow } from '@/pages/imports/types'
import { useUploadKey } from '@/pages/imports/upload-key'

function job(over: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'j1',
    kind: 'recharges',
    state: 'VALIDATING',
    dryRun: false,
    policy: 'ACCEPTED_ROWS',
    processedRows: 0,
    totalRows: 10,
    createdAt: '2026-11-21T08:00:00Z',
    ...over,
  }
}

const UNKNOWN: ImportReason = {
  field: 'employeeNo',
  title: '工号',
  code: 'import.person-unknown',
  messageZh: '没有这个工号的人员',
  messageEn: 'no person has this employee number',
}
const BOTH_ZERO: ImportReason = { field: '', title: '', code: 'money.both-zero', messageZh: '现金和补贴不能同时为 0', messageEn: 'cash and subsidy must not both be 0' }
const ROWS: ReportRow[] = [
  { rowNumber: 2, status: 'ACCEPTED', reasons: [] },
  { rowNumber: 3, status: 'REFUSED', reasons: [UNKNOWN] },
  { rowNumber: 4, status: 'ACCEPTED', reasons: [] },
  { rowNumber: 5, status: 'REFUSED', reasons: [UNKNOWN, BOTH_ZERO] },
]

describe('Excel pre-check', () => {
  it('takes .xlsx and .xls of any case up to exactly 5 MB', () => {
    expect(checkExcelFile({ name: 'recharges.xlsx', size: 1 })).toBeNull()
    expect(checkExcelFile({ name: 'OLD.XLS', size: 2048 })).toBeNull()
    expect(checkExcelFile({ name: 'big.xlsx', size: EXCEL_MAX_BYTES })).toBeNull()
    expect(EXCEL_MAX_BYTES).toBe(5 * 1024 * 1024)
  })

  it('names the first problem: no file, not Excel, empty, too large', () => {
    expect(checkExcelFile(null)).toBe('none')
    expect(checkExcelFile({ name: 'people.csv', size: 10 })).toBe('notExcel')
    expect(checkExcelFile({ name: 'xlsx', size: 10 })).toBe('notExcel')
    expect(checkExcelFile({ name: 'report.xlsx.exe', size: 10 })).toBe('notExcel')
    expect(checkExcelFile({ name: 'photo.xlsm', size: 10 })).toBe('notExcel')
    expect(checkExcelFile({ name: 'empty.xlsx', size: 0 })).toBe('empty')
    expect(checkExcelFile({ name: 'big.xlsx', size: EXCEL_MAX_BYTES + 1 })).toBe('tooLarge')
  })
})

describe('import progress', () => {
  it('is processed over total in whole percent, clamped to 0..100', () => {
    expect(progressPercent(job({ processedRows: 0, totalRows: 10 }))).toBe(0)
    expect(progressPercent(job({ processedRows: 1, totalRows: 3 }))).toBe(33)
    expect(progressPercent(job({ state: 'APPLYING', processedRows: 2, totalRows: 3 }))).toBe(66)
    expect(progressPercent(job({ processedRows: 12, totalRows: 10 }))).toBe(100)
    expect(progressPercent(job({ processedRows: -1, totalRows: 10 }))).toBe(0)
  })

  it('is 0 without a row count and 100 once the job is finished', () => {
    expect(progressPercent(job({ processedRows: 5, totalRows: 0 }))).toBe(0)
    expect(progressPercent(job({ state: 'DONE', processedRows: 0, totalRows: 0 }))).toBe(100)
    expect(progressPercent(job({ state: 'FAILED', processedRows: 3, totalRows: 10 }))).toBe(100)
    expect(isFinished('DONE') && isFinished('FAILED')).toBe(true)
    expect(isFinished('VALIDATING') || isFinished('APPLYING')).toBe(false)
  })
})

describe('polling an import job', () => {
  /** A server that answers the given states in turn; waits resolve at once (no timing). */
  function scripted(states: ImportJob['state'][]) {
    const load = vi.fn(async () => job({ state: states.shift() ?? 'DONE' }))
    const wait = vi.fn(async () => undefined)
    const seen: string[] = []
    return { load, wait, seen, onUpdate: (j: ImportJob) => seen.push(j.state) }
  }

  it('reads the job every interval until DONE and returns it', async () => {
    const s = scripted(['VALIDATING', 'APPLYING', 'DONE', 'APPLYING'])
    const last = await pollJob(job(), { ...s, stopped: () => false })
    expect(last?.state).toBe('DONE')
    expect(s.seen).toEqual(['VALIDATING', 'VALIDATING', 'APPLYING', 'DONE'])
    expect(s.load).toHaveBeenCalledTimes(3)
    expect(s.load).toHaveBeenCalledWith('j1')
    expect(s.wait).toHaveBeenCalledWith(500)
  })

  it('stops on FAILED', async () => {
    const s = scripted(['APPLYING', 'FAILED', 'DONE'])
    const last = await pollJob(job(), { ...s, stopped: () => false })
    expect(last?.state).toBe('FAILED')
    expect(s.load).toHaveBeenCalledTimes(2)
  })

  it('does not read a job that is already finished', async () => {
    const s = scripted([])
    const last = await pollJob(job({ state: 'DONE' }), { ...s, stopped: () => false })
    expect(last?.state).toBe('DONE')
    expect(s.load).not.toHaveBeenCalled()
    expect(s.wait).not.toHaveBeenCalled()
  })

  it('stops without another read or update once the page is left', async () => {
    const s = scripted(['VALIDATING', 'VALIDATING', 'DONE'])
    let left = false
    s.wait.mockImplementation(async () => {
      if (s.load.mock.calls.length === 1) left = true
    })
    const last = await pollJob(job(), { ...s, stopped: () => left })
    expect(last).toBeNull()
    expect(s.load).toHaveBeenCalledTimes(1)
    expect(s.seen).toEqual(['VALIDATING', 'VALIDATING'])
  })

  it('drops an answer that arrives after it was stopped', async () => {
    let left = false
    const load = vi.fn(async () => {
      left = true
      return job({ state: 'DONE' })
    })
    const seen: string[] = []
    const last = await pollJob(job(), { load, wait: async () => undefined, onUpdate: (j) => seen.push(j.state), stopped: () => left })
    expect(last).toBeNull()
    expect(seen).toEqual(['VALIDATING'])
  })

  it('passes a failed read on to the caller', async () => {
    const load = vi.fn(async () => Promise.reject(new Error('offline')))
    await expect(pollJob(job(), { load, wait: async () => undefined, onUpdate: () => undefined, stopped: () => false })).rejects.toThrow('offline')
  })
})

describe('row report', () => {
  it('shows every row, or only the refused ones, in file order', () => {
    expect(visibleRows(ROWS, false).map((r) => r.rowNumber)).toEqual([2, 3, 4, 5])
    expect(visibleRows(ROWS, true).map((r) => r.rowNumber)).toEqual([3, 5])
    expect(visibleRows(undefined, true)).toEqual([])
    expect(visibleRows([ROWS[0]!], true)).toEqual([])
  })

  it('words reasons in the UI language, with the column as the workbook shows it', () => {
    expect(reasonText(UNKNOWN, 'zh-CN')).toBe('工号：没有这个工号的人员')
    expect(reasonText(UNKNOWN, 'en-US')).toBe('employeeNo: no person has this employee number')
    expect(reasonText(BOTH_ZERO, 'zh-CN')).toBe('现金和补贴不能同时为 0')
    expect(reasonsText(ROWS[3]!, 'zh-CN')).toBe('工号：没有这个工号的人员；现金和补贴不能同时为 0')
    expect(reasonsText(ROWS[3]!, 'en-US')).toBe('employeeNo: no person has this employee number; cash and subsidy must not both be 0')
    expect(reasonsText(ROWS[0]!, 'en-US')).toBe('')
    // a reason whose texts are empty still says something
    expect(reasonText({ code: 'import.person-unknown', field: '', title: '', messageZh: '', messageEn: '' }, 'en-US'))
      .toBe('import.person-unknown')
  })

  it('names a failure by the catalogue title of its code, else by the server detail', () => {
    expect(failureTitle(job({ state: 'FAILED', failure: { code: 1007, detail: 'd', rowNumber: 0 } }), 'zh-CN')).toBe('幂等键已用于内容不同的请求')
    expect(failureTitle(job({ state: 'FAILED', failure: { code: 1007, detail: 'd', rowNumber: 0 } }), 'en-US')).toBe('Idempotency key already used for a different request')
    expect(failureTitle(job({ state: 'FAILED', failure: { code: 99999, detail: 'disk full', rowNumber: 4 } }), 'en-US')).toBe('disk full')
    expect(failureTitle(job({ state: 'DONE' }), 'en-US')).toBeUndefined()
  })
})

describe('who may import what', () => {
  it('offers master-data kinds for people:manage and money kinds for money:counter', () => {
    const kinds = (perms: string[]) => allowedKinds((p) => perms.includes(p)).map((k) => k.kind)
    expect(kinds(['people:manage'])).toEqual(['departments', 'people'])
    expect(kinds(['money:counter'])).toEqual(['recharges', 'refunds'])
    expect(kinds(['people:manage', 'money:counter'])).toEqual(['departments', 'people', 'recharges', 'refunds'])
    expect(canImport((p) => p === 'people:read')).toBe(false)
  })
})

describe('upload idempotency key', () => {
  it('is kept for a retry and renewed for a new file choice or other options', async () => {
    const file = ref<object>({ name: 'a.xlsx' })
    const dryRun = ref(false)
    const key = useUploadKey([file, dryRun])
    const first = key.value
    await nextTick()
    expect(key.value).toBe(first)
    file.value = { name: 'a.xlsx' } // the same file chosen again is a new upload
    expect(key.value).not.toBe(first)
    const second = key.value
    dryRun.value = true
    expect(key.value).not.toBe(second)
    expect(key.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
