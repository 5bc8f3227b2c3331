import type { Knex } from 'knex';
import type { SyncTrigger } from '@orderdesk/migrations';

export interface SyncCounters {
  pages: number;
  orders_seen: number;
  created: number;
  updated: number;
  canceled: number;
  blocked: number;
  errors: number;
}

export const emptyCounters = (): SyncCounters => ({
  pages: 0,
  orders_seen: 0,
  created: 0,
  updated: 0,
  canceled: 0,
  blocked: 0,
  errors: 0,
});

const runColumns = [
  'id',
  'store_id',
  'started_at',
  'finished_at',
  'status',
  'trigger',
  'window_from',
  'window_to',
  'pages',
  'orders_seen',
  'created',
  'updated',
  'canceled',
  'blocked',
  'errors',
  'error_message',
];

export function runQuery(db: Knex | Knex.Transaction) {
  return db('amazon_sync_runs').select(runColumns);
}

export const ABANDONED_RUN_MESSAGE = 'The worker running this sync stopped.';

/**
 * The store's unfinished run, or a new queued one: asking twice while one waits or runs gives the same run.
 * A run still `running` while nobody holds the store's lease lost its worker (a crash): it is closed as
 * failed and a new one is queued, so Sync now works as soon as the lease has run out. Serialised per store
 * by locking the store row.
 */
export async function queueRun(
  db: Knex,
  storeId: number,
  trigger: SyncTrigger,
): Promise<{ run: Record<string, unknown>; queued: boolean }> {
  return db.transaction(async (trx) => {
    const store = await trx('amazon_stores')
      .where({ id: storeId })
      .forUpdate()
      .first('id', trx.raw('(sync_lease_until is null or sync_lease_until < now()) as lease_free'));
    const open = await runQuery(trx)
      .where({ store_id: storeId })
      .whereNull('finished_at')
      .orderBy('id')
      .first();
    if (open && open.status === 'running' && store?.lease_free) {
      await trx('amazon_sync_runs')
        .where({ id: open.id })
        .update({ status: 'failed', finished_at: trx.fn.now(), error_message: ABANDONED_RUN_MESSAGE });
    } else if (open) return { run: open, queued: false };
    const [run] = await trx('amazon_sync_runs')
      .insert({ store_id: storeId, status: 'queued', trigger })
      .returning(runColumns);
    return { run, queued: true };
  });
}

export async function startRun(db: Knex, runId: number, window: { from: Date; to: Date }): Promise<void> {
  await db('amazon_sync_runs')
    .where({ id: runId })
    .update({ status: 'running', started_at: db.fn.now(), window_from: window.from, window_to: window.to });
}

export async function saveProgress(
  db: Knex | Knex.Transaction,
  runId: number,
  counters: SyncCounters,
): Promise<void> {
  await db('amazon_sync_runs').where({ id: runId }).update(counters);
}

export async function finishRun(
  db: Knex,
  runId: number,
  counters: SyncCounters,
  error: string | null,
): Promise<void> {
  await db('amazon_sync_runs')
    .where({ id: runId })
    .update({
      ...counters,
      status: error ? 'failed' : 'succeeded',
      finished_at: db.fn.now(),
      error_message: error,
    });
}
