import { listAuditLog } from './generated'
import type { AuditEntryRead } from './generated'
import { unwrap } from './errors'

export type { AuditEntryRead }

export const AUDIT_PAGE_SIZE = 50

/** One page of the audit log, newest first; `beforeId` pages back in time. */
export function fetchAuditPage(beforeId: number | null, signal?: AbortSignal): Promise<AuditEntryRead[]> {
  return unwrap(listAuditLog({ query: { limit: AUDIT_PAGE_SIZE, beforeId }, signal }))
}
