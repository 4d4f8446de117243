import type { TerminalCreateRequest, TerminalMode, TerminalPurpose, TerminalView } from '@/common/api/types'
import { formatFen, parseYuanToFen, type YuanProblem } from '@/common/utils/money'
import { emptyModeValues, modeValuesOf, readModeValues, type ModeField, type ModeProblem, type ModeValues } from './modes'

export const MACHINE_NO_MAX = 999
export const FIXED_MAX_FEN = 999_999
export const INTERVAL_MAX_SECONDS = 3600
const SERIAL = /^[A-Za-z0-9._-]{1,32}$/
const DIGITS = /^\d+$/

export interface DeviceForm {
  machineNo: string
  serial: string
  model: string
  purpose: TerminalPurpose
  outletId: number | undefined
  mode: TerminalMode
  /** yuan, read only in the FIXED mode */
  fixedAmount: string
  sameCardIntervalSeconds: number
  /** the other modes' values and the switches by time of day */
  values: ModeValues
}

export type DeviceField = 'machineNo' | 'serial' | 'outletId' | 'fixedAmountFen' | 'sameCardIntervalSeconds' | ModeField
export type DeviceProblem = YuanProblem | 'required' | 'range' | 'serial' | ModeProblem
export type DeviceRead =
  | { ok: true; body: TerminalCreateRequest }
  | { ok: false; problems: Partial<Record<DeviceField, DeviceProblem>> }

export function emptyForm(outletId?: number): DeviceForm {
  return {
    machineNo: '',
    serial: '',
    model: '',
    purpose: 'CONSUMPTION',
    outletId,
    mode: 'FREE_AMOUNT',
    fixedAmount: '',
    sameCardIntervalSeconds: 0,
    values: emptyModeValues(),
  }
}

export function toForm(v: TerminalView): DeviceForm {
  return {
    machineNo: String(v.machineNo),
    serial: v.serial,
    model: v.model ?? '',
    purpose: v.purpose,
    outletId: v.outletId,
    mode: v.mode,
    fixedAmount: v.fixedAmountFen === undefined ? '' : formatFen(v.fixedAmountFen),
    sameCardIntervalSeconds: v.sameCardIntervalSeconds ?? 0,
    values: modeValuesOf(v),
  }
}

/** A whole number from 1 to 999, or undefined. */
export function readMachineNo(text: string): number | undefined {
  const s = text.trim()
  if (!DIGITS.test(s)) return undefined
  const n = Number(s)
  return n >= 1 && n <= MACHINE_NO_MAX ? n : undefined
}

/** The fixed amount in fen: only the FIXED mode has one (the server refuses it otherwise). */
function readFixed(f: DeviceForm): { fen?: number; problem?: DeviceProblem } {
  if (f.mode !== 'FIXED') return {}
  const parsed = parseYuanToFen(f.fixedAmount)
  if (!parsed.ok) return { problem: parsed.problem }
  return parsed.fen > FIXED_MAX_FEN ? { problem: 'tooLarge' } : { fen: parsed.fen }
}

/** The create request for a form (the update sends it without machineNo), or what is wrong with it. */
export function toRequest(f: DeviceForm): DeviceRead {
  const problems: Partial<Record<DeviceField, DeviceProblem>> = {}
  const machineNo = readMachineNo(f.machineNo)
  if (machineNo === undefined) problems.machineNo = f.machineNo.trim() ? 'range' : 'required'
  const serial = f.serial.trim()
  if (!SERIAL.test(serial)) problems.serial = serial ? 'serial' : 'required'
  if (f.outletId === undefined) problems.outletId = 'required'
  const fixed = readFixed(f)
  if (fixed.problem) problems.fixedAmountFen = fixed.problem
  const interval = f.sameCardIntervalSeconds
  if (!Number.isInteger(interval) || interval < 0 || interval > INTERVAL_MAX_SECONDS) problems.sameCardIntervalSeconds = 'range'
  const modes = readModeValues(f.mode, f.values)
  if (!modes.ok) Object.assign(problems, modes.problems)
  if (machineNo === undefined || f.outletId === undefined || !modes.ok || Object.keys(problems).length > 0) return { ok: false, problems }
  const model = f.model.trim()
  return {
    ok: true,
    body: {
      machineNo,
      serial,
      model: model || undefined,
      purpose: f.purpose,
      outletId: f.outletId,
      mode: f.mode,
      fixedAmountFen: fixed.fen,
      sameCardIntervalSeconds: interval,
      ...modes.body,
    },
  }
}

