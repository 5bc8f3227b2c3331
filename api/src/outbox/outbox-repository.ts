import type { Knex } from 'knex';
import type { OutboxStatus } from '@orderdesk/migrations';

export interface OutboxCommand {
  id: number;
  kind: string;
  store_id: number | null;
  aggregate_type: string;
  aggregate_id: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
}

const FIELDS = [
  'id',
  'kind',
  'store_id',
  'aggregate_type',
  'aggregate_id',
  'payload',
  'status',
  'attempts',
  'max_attempts',
  'last_error',
];

/**
 * A claim lasts this long (WORKER_LEASE_SECONDS); the worker running the command renews it every quarter
 * of it, so a command whose worker died (or stalled that long) is handed out again.
 */
export const CLAIM_SECONDS = 120;

/** Due: pending or waiting for a retry whose time has come, or claimed by a worker that went silent. */
function isDue(knex: Knex, claimSeconds: number) {
  return (q: Knex.QueryBuilder) =>
    q
      .where((due) =>
        due.whereIn('status', ['pending', 'failed']).andWhere('next_attempt_at', '<=', knex.fn.now()),
      )
      .orWhere((stale) =>
        stale
          .where('status', 'processing')
          .andWhere('locked_at', '<', knex.raw(`now() - ? * interval '1 second'`, [claimSeconds])),
      );
}

/** Writes a command in the caller's transaction, so it exists exactly when the change that causes it does. */
export async function enqueueOutbox(
  trx: Knex.Transaction,
  command: {
    kind: string;
    storeId: number | null;
    aggregateType: string;
    aggregateId: string;
    payload: unknown;
    idempotencyKey: string;
  },
): Promise<number> {
  const [row] = await trx('outbox')
    .insert({
      kind: command.kind,
      store_id: command.storeId,
      aggregate_type: command.aggregateType,
      aggregate_id: command.aggregateId,
      payload: JSON.stringify(command.payload),
      idempotency_key: command.idempotencyKey,
    })
    .returning('id');
  return row.id as number;
}

/**
 * Takes the command for this worker if it is due (pending, waiting for a retry, or claimed by a worker
 * that went silent): one worker at a time, whatever the number of processes.
 */
export async function claimCommand(
  knex: Knex,
  id: number,
  worker: string,
  claimSeconds: number = CLAIM_SECONDS,
): Promise<OutboxCommand | undefined> {
  const [row] = await knex('outbox')
    .where({ id })
    .andWhere(isDue(knex, claimSeconds))
    .update({
      status: 'processing',
      locked_at: knex.fn.now(),
      locked_by: worker,
      attempts: knex.raw('attempts + 1'),
      updated_at: knex.fn.now(),
    })
    .returning(FIELDS);
  return row;
}

/** The worker still runs the command: its claim starts again. False when the claim is no longer its own. */
export async function renewClaim(knex: Knex, id: number, worker: string): Promise<boolean> {
  const renewed = await knex('outbox')
    .where({ id, status: 'processing', locked_by: worker })
    .update({ locked_at: knex.fn.now() });
  return renewed > 0;
}

/** Done: Amazon answered (whatever it answered). In the caller's transaction, with the change it makes. */
export async function completeCommand(trx: Knex.Transaction, id: number, result: unknown): Promise<void> {
  await trx('outbox')
    .where({ id })
    .update({
      status: 'succeeded',
      result: JSON.stringify(result),
      last_error: null,
      locked_at: null,
      locked_by: null,
      updated_at: trx.fn.now(),
    });
}

/** Backoff before try n+1: 30 s, 1 min, 2 min, ... at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * The try failed: waits for the next one with backoff, or (attempts used up, or not retryable) is dead
 * and waits for staff to retry it. Answers the new status.
 */
export async function failCommand(
  db: Knex | Knex.Transaction,
  command: OutboxCommand,
  error: string,
  retryable: boolean,
): Promise<'failed' | 'dead'> {
  const status = retryable && command.attempts < command.max_attempts ? 'failed' : 'dead';
  await db('outbox')
    .where({ id: command.id })
    .update({
      status,
      last_error: error,
      next_attempt_at: db.raw(`now() + ? * interval '1 second'`, [retryDelaySeconds(command.attempts)]),
      locked_at: null,
      locked_by: null,
      updated_at: db.fn.now(),
    });
  return status;
}

/** Staff ask for another try of a command that failed or gave up: a fresh set of attempts, now. */
export async function retryCommand(trx: Knex.Transaction, id: number): Promise<boolean> {
  const updated = await trx('outbox').where({ id }).whereIn('status', ['failed', 'dead']).update({
    status: 'pending',
    attempts: 0,
    next_attempt_at: trx.fn.now(),
    updated_at: trx.fn.now(),
  });
  return updated > 0;
}

/** Commands due now (for the tick that recovers lost jobs and retries after backoff). */
export function dueCommandIds(knex: Knex, limit = 500, claimSeconds = CLAIM_SECONDS): Promise<number[]> {
  return knex('outbox').where(isDue(knex, claimSeconds)).orderBy('id').limit(limit).pluck('id');
}
