import type { ImportKind } from './types'

export const PEOPLE_MANAGE = 'people:manage'
export const MONEY_COUNTER = 'money:counter'

export interface KindInfo {
  kind: ImportKind
  permission: string
  /** money kinds move money: their uploads carry an Idempotency-Key */
  money: boolean
}

/** The card centre's Excel imports, in the order the page offers them (ImportKind on the server). */
export const KINDS: readonly KindInfo[] = [
  { kind: 'departments', permission: PEOPLE_MANAGE, money: false },
  { kind: 'people', permission: PEOPLE_MANAGE, money: false },
  { kind: 'recharges', permission: MONEY_COUNTER, money: true },
  { kind: 'refunds', permission: MONEY_COUNTER, money: true },
]

/** The kinds an operator may import, by their permissions. */
export function allowedKinds(can: (permission: string) => boolean): KindInfo[] {
  return KINDS.filter((k) => can(k.permission))
}

/** Whether the imports page is any use to the operator (the menu entry shows only then). */
export function canImport(can: (permission: string) => boolean): boolean {
  return allowedKinds(can).length > 0
}
