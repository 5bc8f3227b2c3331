import type { Knex } from 'knex';
import { bulkInsert } from '../db/bulk-insert.js';

export interface AuditEntry {
  user: { id: number; username: string } | null;
  action: string;
  resource: string;
  recordId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Appends one audit row, inside the caller's transaction so it commits with the change it describes. */
export async function recordAudit(db: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** Several audit rows in one statement (a sync page's imports). */
export async function recordAudits(
  db: Knex | Knex.Transaction,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await bulkInsert(db, {
    table: 'audit_log',
    rows: entries.map((entry) => ({
      user_id: entry.user?.id ?? null,
      username: entry.user?.username ?? null,
      action: entry.action,
      resource: entry.resource,
      record_id: entry.recordId == null ? null : String(entry.recordId),
      details: entry.details ?? {},
    })),
  });
}
