import { api, unwrap } from '@/common/api/client'
import type { TerminalOperatorRequest, TerminalOperatorView } from '@/common/api/types'

/** Number 00 is the terminal's supervisor (主管): their password voids a sale at the terminal. */
export const SUPERVISOR = '00'
const NUMBER = /^\d{2}$/
const PASSWORD = /^\d{4,6}$/

export interface OperatorForm {
  operatorNo: string
  name: string
  password: string
}

export type OperatorField = 'operatorNo' | 'name' | 'password'
export type OperatorProblem = 'required' | 'number' | 'password'
export type OperatorRead =
  | { ok: true; body: TerminalOperatorRequest }
  | { ok: false; problems: Partial<Record<OperatorField, OperatorProblem>> }

export function emptyOperator(): OperatorForm {
  return { operatorNo: '', name: '', password: '' }
}

export function passwordProblem(password: string): OperatorProblem | undefined {
  if (!password) return 'required'
  return PASSWORD.test(password) ? undefined : 'password'
}

export function toOperatorRequest(f: OperatorForm): OperatorRead {
  const problems: Partial<Record<OperatorField, OperatorProblem>> = {}
  const operatorNo = f.operatorNo.trim()
  if (!NUMBER.test(operatorNo)) problems.operatorNo = operatorNo ? 'number' : 'required'
  const name = f.name.trim()
  if (!name) problems.name = 'required'
  const password = passwordProblem(f.password)
  if (password) problems.password = password
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, body: { operatorNo, name, password: f.password } }
}

export function listOperators(id: number): Promise<TerminalOperatorView[]> {
  return unwrap(api.GET('/api/terminals/{id}/operators', { params: { path: { id } } }))
}

export function createOperator(id: number, body: TerminalOperatorRequest): Promise<TerminalOperatorView> {
  return unwrap(api.POST('/api/terminals/{id}/operators', { params: { path: { id } }, body }))
}

/** A new password also unlocks an operator locked after three wrong ones. */
export function resetOperatorPassword(id: number, operatorNo: string, password: string): Promise<TerminalOperatorView> {
  return unwrap(api.PUT('/api/terminals/{id}/operators/{operatorNo}/password', { params: { path: { id, operatorNo } }, body: { password } }))
}

export function setOperatorEnabled(id: number, operatorNo: string, enabled: boolean): Promise<TerminalOperatorView> {
  const params = { params: { path: { id, operatorNo } } }
  return unwrap(enabled
    ? api.POST('/api/terminals/{id}/operators/{operatorNo}/enable', params)
    : api.POST('/api/terminals/{id}/operators/{operatorNo}/disable', params))
}

export async function deleteOperator(id: number, operatorNo: string): Promise<void> {
  await unwrap(api.DELETE('/api/terminals/{id}/operators/{operatorNo}', { params: { path: { id, operatorNo } } }))
}
