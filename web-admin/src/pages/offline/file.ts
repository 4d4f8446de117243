// The USB file import (terminal-protocol.md §2.5.1): a check before sending, the summary as
// shown, and what to say when the server refuses the file.
import { ApiError } from '@/common/api/problem'
import type { OfflineFileSummary, OfflineLineResult } from '@/common/api/types'

/** The server's limit for the file (OfflineController.MAX_FILE_BYTES). */
export const OFFLINE_FILE_MAX_BYTES = 2 * 1024 * 1024
export const OFFLINE_FILE_ACCEPT = '.txt,text/plain'
/** Catalogue codes of a refused file (checked against result-codes.json in the tests). */
export const OFFLINE_FILE_INVALID = 5101
export const OFFLINE_FILE_MAC_WRONG = 5102
export const OFFLINE_FILE_TERMINAL_UNKNOWN = 5103
const IDEMPOTENCY_CONFLICT = 1007

/** An i18n key under offline.import.precheck. */
export type FileProblem = 'none' | 'notText' | 'empty' | 'tooLarge'

/** The first problem with a chosen file, from its name and size; null when it may be sent. */
export function checkOfflineFile(file: { name: string; size: number } | null | undefined): FileProblem | null {
  if (!file) return 'none'
  if (!/\.txt$/i.test(file.name.trim())) return 'notText'
  if (file.size <= 0) return 'empty'
  return file.size > OFFLINE_FILE_MAX_BYTES ? 'tooLarge' : null
}

/** What became of a line, as the server counts it: 0 booked, 1007 another record holds its key, else rejected. */
export type LineOutcome = 'booked' | 'rejected' | 'conflict'

export function lineOutcome(resultCode: number | undefined): LineOutcome {
  if (resultCode === 0) return 'booked'
  return resultCode === IDEMPOTENCY_CONFLICT ? 'conflict' : 'rejected'
}

export interface LineRow {
  lineNo: number
  trace: string
  responseCode: string
  resultCode: number
  outcome: LineOutcome
  overdrawn: boolean
  postingId?: number
}

export interface SummaryView {
  terminalCode: string
  batchNo: string
  records: number
  booked: number
  rejected: number
  conflicts: number
  overdrawn: number
  lines: LineRow[]
}

function lineRow(l: OfflineLineResult): LineRow {
  return {
    lineNo: l.lineNo,
    trace: l.trace,
    responseCode: l.responseCode,
    resultCode: l.resultCode,
    outcome: lineOutcome(l.resultCode),
    overdrawn: l.overdrawn,
    postingId: l.postingId,
  }
}

/** The server's summary, its lines marked by outcome. */
export function summaryView(s: OfflineFileSummary): SummaryView {
  return { ...s, lines: s.lines.map(lineRow) }
}

/** The table row's class: refused and conflicting lines stand out. */
export function lineClass(line: LineRow): string {
  return line.outcome === 'booked' ? '' : `line-${line.outcome}`
}

/** A refused file: which refusal (an i18n key under offline.import.hints) and the server's detail, one line per problem. */
export interface FileRefusal {
  hint: 'invalid' | 'macWrong' | 'terminalUnknown'
  details: string[]
}

const HINTS: Record<number, FileRefusal['hint']> = {
  [OFFLINE_FILE_INVALID]: 'invalid',
  [OFFLINE_FILE_MAC_WRONG]: 'macWrong',
  [OFFLINE_FILE_TERMINAL_UNKNOWN]: 'terminalUnknown',
}

/** For 5101/5102/5103: what to do and the detail (5101's names the lines, "line 4: …; line 7: …"); else null. */
export function fileRefusal(err: unknown): FileRefusal | null {
  if (!(err instanceof ApiError) || err.code === undefined) return null
  const hint = HINTS[err.code]
  if (!hint) return null
  const details = (err.detail ?? '').split(/;\s*/).map((d) => d.trim()).filter(Boolean)
  return { hint, details }
}
