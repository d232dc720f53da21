import { addMember, changeMemberRole, listMembers, removeMember } from './generated'
import type { MemberCreate, MemberRead } from './generated'
import { unwrap } from './errors'

export type { MemberCreate, MemberRead }

export function fetchMembers(signal?: AbortSignal): Promise<MemberRead[]> {
  return unwrap(listMembers({ signal }))
}

export function createMember(member: MemberCreate): Promise<MemberRead> {
  return unwrap(addMember({ body: member }))
}

export function updateMemberRole(userId: number, role: string): Promise<MemberRead> {
  return unwrap(changeMemberRole({ path: { user_id: userId }, body: { role } }))
}

export async function deleteMember(userId: number): Promise<void> {
  await unwrap(removeMember({ path: { user_id: userId } }))
}
