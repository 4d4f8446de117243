import type { OrgUnitNode } from '@/common/api/types'

export const MAX_CHILDREN = 99
const SUFFIX = /^(0[1-9]|[1-9][0-9])$/

export interface UnitItem {
  id: number
  code: string
  name: string
  /** what the tree shows: "002 计算机学院" */
  label: string
  children: UnitItem[]
}

/** The tree as the page shows it: children in code order, each labelled with its code. */
export function buildTree(nodes: readonly OrgUnitNode[]): UnitItem[] {
  return [...nodes]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((n) => ({ id: n.id, code: n.code, name: n.name, label: `${n.code} ${n.name}`, children: buildTree(n.children) }))
}

export function findUnit(items: readonly UnitItem[], id: number): UnitItem | undefined {
  for (const item of items) {
    if (item.id === id) return item
    const found = findUnit(item.children, id)
    if (found) return found
  }
  return undefined
}

/** The two digits the server would give the next child when none is asked for: the lowest free one. */
export function nextFreeSuffix(parent: UnitItem): string | undefined {
  const taken = new Set(parent.children.map((c) => c.code.slice(parent.code.length)))
  for (let n = 1; n <= MAX_CHILDREN; n++) {
    const suffix = n < 10 ? `0${n}` : `${n}`
    if (!taken.has(suffix)) return suffix
  }
  return undefined
}

export function isValidSuffix(suffix: string): boolean {
  return SUFFIX.test(suffix)
}

/** Whether a node is shown for a search: its code starts with, or its name contains, the text. */
export function matchesUnit(item: Pick<UnitItem, 'code' | 'name'>, text: string): boolean {
  const q = text.trim()
  return q === '' || item.code.startsWith(q) || item.name.includes(q)
}
