import { api, unwrap } from '@/common/api/client'
import type { GroupPage, GroupRuleRequest, GroupRuleView, GroupView } from '@/common/api/types'

export const GROUP_PAGE_SIZE = 20

export function listGroups(name: string, page: number, size = GROUP_PAGE_SIZE): Promise<GroupPage> {
  return unwrap(api.GET('/api/groups', { params: { query: { name: name.trim() || undefined, page, size } } }))
}

export function createGroup(name: string): Promise<GroupView> {
  return unwrap(api.POST('/api/groups', { body: { name } }))
}

export function renameGroup(id: number, name: string): Promise<GroupView> {
  return unwrap(api.PUT('/api/groups/{id}', { params: { path: { id } }, body: { name } }))
}

export async function deleteGroup(id: number): Promise<void> {
  await unwrap(api.DELETE('/api/groups/{id}', { params: { path: { id } } }))
}

export function listRules(groupId: number): Promise<GroupRuleView[]> {
  return unwrap(api.GET('/api/groups/{id}/rules', { params: { path: { id: groupId } } }))
}

export function createRule(groupId: number, body: GroupRuleRequest): Promise<GroupRuleView> {
  return unwrap(api.POST('/api/groups/{id}/rules', { params: { path: { id: groupId } }, body }))
}

export function updateRule(groupId: number, ruleId: number, body: GroupRuleRequest): Promise<GroupRuleView> {
  return unwrap(api.PUT('/api/groups/{id}/rules/{ruleId}', { params: { path: { id: groupId, ruleId } }, body }))
}

export async function deleteRule(groupId: number, ruleId: number): Promise<void> {
  await unwrap(api.DELETE('/api/groups/{id}/rules/{ruleId}', { params: { path: { id: groupId, ruleId } } }))
}
