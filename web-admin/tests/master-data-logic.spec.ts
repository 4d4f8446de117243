import { describe, expect, it } from 'vitest'
import { ApiError } from '@/common/api/problem'
import type { GroupRuleView, OrgUnitNode } from '@/common/api/types'
import { emptyRule, overlappingRule, toRuleForm, toRuleRequest } from '@/pages/groups/rules'
import { periodHints, rowErrors, toRequest, toRows, type PeriodRow } from '@/pages/meal-periods/periods'
import { buildTree, findUnit, isValidSuffix, matchesUnit, nextFreeSuffix } from '@/pages/org/tree'
import { emptyPerson, missingFields, toCreateRequest, toUpdateRequest } from '@/pages/people/person-form'

function node(id: number, code: string, name: string, children: OrgUnitNode[] = []): OrgUnitNode {
  return { id, code, name, children }
}

describe('organisation tree', () => {
  const roots = [node(1, '0', '示范大学', [node(3, '002', '计算机学院', [node(5, '00201', '软件系')]), node(2, '001', '行政办公室')])]

  it('orders children by code and labels each node with its code', () => {
    const tree = buildTree(roots)
    expect(tree[0]?.label).toBe('0 示范大学')
    expect(tree[0]?.children.map((c) => c.code)).toEqual(['001', '002'])
    expect(tree[0]?.children[1]?.children[0]?.label).toBe('00201 软件系')
  })

  it('finds a unit anywhere in the tree', () => {
    const tree = buildTree(roots)
    expect(findUnit(tree, 5)?.name).toBe('软件系')
    expect(findUnit(tree, 99)).toBeUndefined()
  })

  it('suggests the lowest free two digits, filling gaps, and none when all 99 are used', () => {
    const tree = buildTree(roots)
    expect(nextFreeSuffix(tree[0]!)).toBe('03')
    const gap = buildTree([node(1, '0', 'r', [node(2, '001', 'a'), node(3, '003', 'c')])])
    expect(nextFreeSuffix(gap[0]!)).toBe('02')
    const full = buildTree([node(1, '0', 'r', Array.from({ length: 99 }, (_, i) => node(i + 2, `0${String(i + 1).padStart(2, '0')}`, `u${i}`)))])
    expect(nextFreeSuffix(full[0]!)).toBeUndefined()
  })

  it('accepts only 01 to 99 as a suffix', () => {
    expect(['01', '09', '10', '99'].every(isValidSuffix)).toBe(true)
    expect(['00', '1', '100', 'a1', ''].some(isValidSuffix)).toBe(false)
  })

  it('filters by code prefix or name part', () => {
    expect(matchesUnit({ code: '00201', name: '软件系' }, '002')).toBe(true)
    expect(matchesUnit({ code: '00201', name: '软件系' }, '软件')).toBe(true)
    expect(matchesUnit({ code: '00201', name: '软件系' }, '201')).toBe(false)
    expect(matchesUnit({ code: '00201', name: '软件系' }, ' ')).toBe(true)
  })
})

describe('meal periods', () => {
  function rows(...defs: [string, string, string, boolean][]): PeriodRow[] {
    const out = toRows({ periods: [] })
    defs.forEach(([name, start, end, enabled], i) => Object.assign(out[i]!, { name, start, end, enabled }))
    return out
  }

  it('always gives the eight rows, times in minutes', () => {
    const r = toRows({ periods: [{ id: 2, name: '午餐', start: '11:00:00', end: '13:30:00', enabled: true }] })
    expect(r).toHaveLength(8)
    expect(r[1]).toEqual({ id: 2, name: '午餐', start: '11:00', end: '13:30', enabled: true })
    expect(r[0]).toEqual({ id: 1, name: '', start: '', end: '', enabled: false })
  })

  it('sends every row, leaving blank texts out', () => {
    const body = toRequest(rows(['早餐 ', '06:30', '09:00', true]))
    expect(body.periods).toHaveLength(8)
    expect(body.periods[0]).toEqual({ id: 1, name: '早餐', start: '06:30', end: '09:00', enabled: true })
    expect(body.periods[1]).toEqual({ id: 2, name: undefined, start: undefined, end: undefined, enabled: false })
  })

  it('hints at an overlap with the previous enabled period, skipping disabled ones', () => {
    const hints = periodHints(rows(['早餐', '06:30', '09:00', true], ['x', '07:00', '08:00', false], ['午餐', '08:30', '13:00', true], ['晚餐', '13:00', '19:00', true]))
    expect(hints[0]).toBeNull()
    expect(hints[1]).toBeNull()
    expect(hints[2]).toEqual({ kind: 'overlap', previous: 1 })
    expect(hints[3]).toBeNull() // starting right when lunch ends is fine
  })

  it('hints at a missing name and an end not after the start', () => {
    const hints = periodHints(rows([' ', '06:30', '09:00', true], ['午餐', '13:00', '11:00', true], ['晚餐', '17:00', '', true]))
    expect(hints.slice(0, 3)).toEqual([{ kind: 'nameRequired' }, { kind: 'times' }, { kind: 'times' }])
  })

  it('places the server field errors on their rows', () => {
    const err = new ApiError(400, {
      code: 1001,
      errors: [
        { field: 'periods[2].start', message: 'must not be before period 1 ends' },
        { field: 'body.periods[0].name', message: 'is required for an enabled period' },
        { field: 'periods', message: 'must list the 8 periods' },
      ],
    })
    expect(rowErrors(err)).toEqual({ 2: { start: 'must not be before period 1 ends' }, 0: { name: 'is required for an enabled period' } })
    expect(rowErrors(new Error('x'))).toEqual({})
  })
})

describe('group rules', () => {
  const rule = (id: number, windowStart: string, windowEnd: string): GroupRuleView => ({
    id, groupId: 1, windowStart, windowEnd, countLimit: 0, perTransactionLimitFen: 0, dailyLimitFen: 0, discountPercent: 100,
  })

  it('reads the limits in yuan as fen', () => {
    const f = { ...emptyRule(), windowStart: '06:30:00', windowEnd: '09:00:00', countLimit: 2, discountPercent: 80 }
    f.amounts = { perTransactionLimitFen: '12.5', dailyLimitFen: '30' }
    expect(toRuleRequest(f)).toEqual({
      ok: true,
      body: { windowStart: '06:30:00', windowEnd: '09:00:00', countLimit: 2, discountPercent: 80, perTransactionLimitFen: 1250, dailyLimitFen: 3000 },
    })
    expect(toRuleForm({ ...rule(1, '06:30:00', '09:00:00'), dailyLimitFen: 3001 }).amounts.dailyLimitFen).toBe('30.01')
  })

  it('refuses missing or reversed windows, bad amounts and a per-transaction limit above the daily one', () => {
    expect(toRuleRequest(emptyRule())).toEqual({ ok: false, problems: { windowStart: 'required', windowEnd: 'required' } })
    const reversed = { ...emptyRule(), windowStart: '10:00:00', windowEnd: '09:00:00' }
    expect(toRuleRequest(reversed)).toEqual({ ok: false, problems: { windowEnd: 'window' } })
    const above = { ...emptyRule(), windowStart: '06:00:00', windowEnd: '09:00:00', amounts: { perTransactionLimitFen: '20', dailyLimitFen: '10' } }
    expect(toRuleRequest(above)).toEqual({ ok: false, problems: { perTransactionLimitFen: 'aboveDaily' } })
    const bad = { ...emptyRule(), windowStart: '06:00:00', windowEnd: '09:00:00', amounts: { perTransactionLimitFen: '1.234', dailyLimitFen: '0' } }
    expect(toRuleRequest(bad)).toEqual({ ok: false, problems: { perTransactionLimitFen: 'decimals' } })
  })

  it('finds the overlapping rule with both ends inclusive, ignoring the rule being edited', () => {
    const others = [rule(1, '06:30:00', '09:00:00'), rule(2, '11:00:00', '13:00:00')]
    expect(overlappingRule({ windowStart: '09:00:00', windowEnd: '10:00:00' }, others)?.id).toBe(1)
    expect(overlappingRule({ windowStart: '09:00:01', windowEnd: '10:59:59' }, others)).toBeUndefined()
    expect(overlappingRule({ windowStart: '10:00:00', windowEnd: '14:00:00' }, others)?.id).toBe(2)
    expect(overlappingRule({ windowStart: '07:00:00', windowEnd: '08:00:00' }, others, 1)).toBeUndefined()
    expect(overlappingRule({ windowStart: '', windowEnd: '08:00:00' }, others)).toBeUndefined()
  })
})

describe('person form', () => {
  it('needs a name and a department', () => {
    expect(missingFields(emptyPerson())).toEqual(['name', 'orgUnitId'])
    expect(missingFields({ ...emptyPerson(), name: ' x ', orgUnitId: 3 })).toEqual([])
  })

  it('leaves blank optional fields out and never sends the employee number on an update', () => {
    const f = { ...emptyPerson(), name: ' 张三 ', employeeNo: ' 0042 ', orgUnitId: 3, groupId: 4, phone: ' ' }
    expect(toCreateRequest(f, 3)).toEqual({ name: '张三', orgUnitId: 3, groupId: 4, employeeNo: '0042' })
    expect(toUpdateRequest(f, 3)).toEqual({ name: '张三', orgUnitId: 3, groupId: 4 })
  })
})
