import type { TerminalKeyValue, TerminalMode, TerminalModeSwitch, TerminalSegment, TerminalTariff, TerminalView } from '@/common/api/types'
import { formatFen, parseYuanToFen, type YuanProblem } from '@/common/utils/money'

/** The most any preset amount (segment, key, hour, switch to FIXED) may be: 9,999.99 yuan. */
export const MODE_MAX_FEN = 999_999
export const KEY_MAX = 99
export const SEGMENTS_MAX = 24
export const SWITCHES_MAX = 12
export const UNIT_MAX_MINUTES = 1440

/** One row of a list editor as typed: times as "HH:mm", amounts in yuan. */
export interface SegmentRow { start: string; end: string; amount: string }
export interface KeyRow { keyNo: string; amount: string }
export interface SwitchRow { start: string; end: string; mode: TerminalMode; amount: string }

/** The values a terminal's modes price with beyond the FIXED amount, and its switches by time of day. */
export interface ModeValues {
  segments: SegmentRow[]
  keys: KeyRow[]
  perHour: string
  unitMinutes: string
  switches: SwitchRow[]
}

export type ModeField = 'segments' | 'keyValues' | 'timedTariff' | 'modeSwitches'
export type ModeProblem = YuanProblem | 'required' | 'time' | 'overlap' | 'key' | 'duplicate' | 'unit' | 'tooMany'
export type ModeProblems = Partial<Record<ModeField, ModeProblem>>

export interface ModeBody {
  segments?: TerminalSegment[]
  keyValues?: TerminalKeyValue[]
  timedTariff?: TerminalTariff
  modeSwitches?: TerminalModeSwitch[]
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/
const DIGITS = /^\d+$/

export function emptyModeValues(): ModeValues {
  return { segments: [], keys: [], perHour: '', unitMinutes: '30', switches: [] }
}

export function modeValuesOf(v: TerminalView): ModeValues {
  return {
    segments: (v.segments ?? []).map((s) => ({ start: hhmm(s.start), end: hhmm(s.end), amount: formatFen(s.amountFen) })),
    keys: (v.keyValues ?? []).map((k) => ({ keyNo: String(k.keyNo), amount: formatFen(k.amountFen) })),
    perHour: v.timedTariff ? formatFen(v.timedTariff.pricePerHourFen) : '',
    unitMinutes: v.timedTariff ? String(v.timedTariff.roundingUnitMinutes) : '30',
    switches: (v.modeSwitches ?? []).map((w) => ({
      start: hhmm(w.start), end: hhmm(w.end), mode: w.mode, amount: w.fixedAmountFen === undefined ? '' : formatFen(w.fixedAmountFen),
    })),
  }
}

/** The modes a terminal works in: its registered mode and every mode it switches to. */
export function usedModes(mode: TerminalMode, switches: readonly SwitchRow[]): Set<TerminalMode> {
  return new Set([mode, ...switches.map((w) => w.mode)])
}

/** "7:05" or "07:05:00" as "07:05:00"; undefined for anything else. */
export function readTime(text: string): string | undefined {
  const m = TIME.exec(text.trim())
  if (!m) return undefined
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? '0')]
  if (h > 23 || min > 59 || sec > 59) return undefined
  return [h, min, sec].map((n) => String(n).padStart(2, '0')).join(':')
}

/**
 * The request's mode values for the modes the terminal works in (the server refuses values of a
 * mode it never works in, so the others are left out), or the first problem of each list.
 */
export function readModeValues(mode: TerminalMode, v: ModeValues): { ok: true; body: ModeBody } | { ok: false; problems: ModeProblems } {
  const used = usedModes(mode, v.switches)
  const problems: ModeProblems = {}
  const body: ModeBody = {}
  const switches = readSwitches(v.switches)
  if ('problem' in switches) problems.modeSwitches = switches.problem
  else if (switches.rows.length > 0) body.modeSwitches = switches.rows
  if (used.has('FIXED_BY_SEGMENT')) {
    const segments = readSegments(v.segments)
    if ('problem' in segments) problems.segments = segments.problem
    else body.segments = segments.rows
  }
  if (used.has('KEY_VALUE')) {
    const keys = readKeys(v.keys)
    if ('problem' in keys) problems.keyValues = keys.problem
    else body.keyValues = keys.rows
  }
  if (used.has('TIMED')) {
    const tariff = readTariff(v.perHour, v.unitMinutes)
    if ('problem' in tariff) problems.timedTariff = tariff.problem
    else body.timedTariff = tariff.tariff
  }
  return Object.keys(problems).length === 0 ? { ok: true, body } : { ok: false, problems }
}

type Rows<T> = { rows: T[] } | { problem: ModeProblem }

function readSegments(rows: readonly SegmentRow[]): Rows<TerminalSegment> {
  if (rows.length === 0) return { problem: 'required' }
  if (rows.length > SEGMENTS_MAX) return { problem: 'tooMany' }
  const out: TerminalSegment[] = []
  for (const r of rows) {
    const window = readWindow(r.start, r.end)
    if (!window) return { problem: 'time' }
    const fen = readAmount(r.amount)
    if (typeof fen !== 'number') return { problem: fen }
    out.push({ ...window, amountFen: fen })
  }
  return overlaps(out) ? { problem: 'overlap' } : { rows: out }
}

function readKeys(rows: readonly KeyRow[]): Rows<TerminalKeyValue> {
  if (rows.length === 0) return { problem: 'required' }
  const out: TerminalKeyValue[] = []
  for (const r of rows) {
    const key = r.keyNo.trim()
    const keyNo = DIGITS.test(key) ? Number(key) : 0
    if (keyNo < 1 || keyNo > KEY_MAX) return { problem: 'key' }
    if (out.some((k) => k.keyNo === keyNo)) return { problem: 'duplicate' }
    const fen = readAmount(r.amount)
    if (typeof fen !== 'number') return { problem: fen }
    out.push({ keyNo, amountFen: fen })
  }
  return { rows: out.sort((a, b) => a.keyNo - b.keyNo) }
}

function readTariff(perHour: string, unitMinutes: string): { tariff: TerminalTariff } | { problem: ModeProblem } {
  const fen = readAmount(perHour)
  if (typeof fen !== 'number') return { problem: fen }
  const unit = DIGITS.test(unitMinutes.trim()) ? Number(unitMinutes.trim()) : 0
  if (unit < 1 || unit > UNIT_MAX_MINUTES) return { problem: 'unit' }
  return { tariff: { pricePerHourFen: fen, roundingUnitMinutes: unit } }
}

function readSwitches(rows: readonly SwitchRow[]): Rows<TerminalModeSwitch> {
  if (rows.length > SWITCHES_MAX) return { problem: 'tooMany' }
  const out: TerminalModeSwitch[] = []
  for (const r of rows) {
    const window = readWindow(r.start, r.end)
    if (!window) return { problem: 'time' }
    if (r.mode !== 'FIXED') {
      out.push({ ...window, mode: r.mode })
      continue
    }
    const fen = readAmount(r.amount)
    if (typeof fen !== 'number') return { problem: fen }
    out.push({ ...window, mode: r.mode, fixedAmountFen: fen })
  }
  return overlaps(out) ? { problem: 'overlap' } : { rows: out }
}

function readWindow(start: string, end: string): { start: string; end: string } | undefined {
  const s = readTime(start)
  const e = readTime(end)
  return s && e && s < e ? { start: s, end: e } : undefined
}

function readAmount(text: string): number | YuanProblem {
  const parsed = parseYuanToFen(text)
  if (!parsed.ok) return parsed.problem
  return parsed.fen > MODE_MAX_FEN ? 'tooLarge' : parsed.fen
}

function overlaps(parts: readonly { start: string; end: string }[]): boolean {
  const sorted = [...parts].sort((a, b) => a.start.localeCompare(b.start))
  return sorted.some((p, i) => i > 0 && p.start < sorted[i - 1]!.end)
}

function hhmm(time: string): string {
  return time.endsWith(':00') && time.length === 8 ? time.slice(0, 5) : time
}
