import type { Knex } from 'knex';
import type { SpApiError } from '../sp-api/errors.js';

export interface CommunicationErrorContext {
  storeId: number;
  syncRunId?: number | null;
  outboxId?: number | null;
}

/** Amazon > Errors: one row per failed call that reached its caller. */
export async function recordCommunicationError(
  db: Knex,
  context: CommunicationErrorContext,
  error: SpApiError,
): Promise<void> {
  await db('amazon_communication_errors').insert({
    store_id: context.storeId,
    operation: error.operation,
    status: error.status,
    code: error.code.slice(0, 200),
    message: error.message.slice(0, 2000),
    request_id: error.requestId,
    sync_run_id: context.syncRunId ?? null,
    outbox_id: context.outboxId ?? null,
  });
}
