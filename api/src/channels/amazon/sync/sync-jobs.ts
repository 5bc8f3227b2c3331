import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { ABANDONED_RUN_MESSAGE } from './sync-runs-repository.js';
import { requestSync, sendSyncJob, SYNC_QUEUE, TICK_QUEUE, type SyncJob } from './sync-requests.js';
import { runStoreSync, SyncBusyError, type StoreSyncDeps } from './store-sync.js';

/** The worker side: runs syncs, and on each tick queues the stores that are due. */
export async function workSyncQueues(boss: PgBoss, deps: StoreSyncDeps): Promise<void> {
  await boss.work<SyncJob>(SYNC_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    try {
      await runStoreSync(deps, job.data.runId);
    } catch (error) {
      // Busy: another worker holds the store's lease; pg-boss retries this job later.
      if (error instanceof SyncBusyError) throw error;
      deps.logger.error({ err: error, runId: job.data.runId }, 'sync job failed');
      throw error;
    }
  });
  await boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    await queueDueStores(deps.knex, boss, deps.logger);
  });
}

/**
 * Every minute: a store whose interval has passed since its last sync gets a run; a run left queued by a
 * lost job is handed out again; a run whose worker died (lease expired) is closed as failed.
 */
export async function queueDueStores(knex: Knex, boss: PgBoss, logger: Logger): Promise<void> {
  await knex('amazon_sync_runs')
    .where({ status: 'running' })
    .whereIn(
      'store_id',
      knex('amazon_stores')
        .select('id')
        .whereNull('sync_lease_until')
        .orWhere('sync_lease_until', '<', knex.fn.now()),
    )
    .update({
      status: 'failed',
      finished_at: knex.fn.now(),
      error_message: ABANDONED_RUN_MESSAGE,
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'could not close abandoned sync runs'));
  const stale: SyncJob[] = await knex('amazon_sync_runs')
    .where({ status: 'queued' })
    .andWhere('started_at', '<', knex.raw("now() - interval '2 minutes'"))
    .select('id as runId', 'store_id as storeId');
  for (const job of stale) await sendSyncJob(boss, job);
  // Due: no run started within the store's interval (failed runs count, so a broken store is not hammered).
  const due: number[] = await knex('amazon_stores as s')
    .where('s.is_active', true)
    .whereNotExists(
      knex('amazon_sync_runs as r')
        .whereRaw('r.store_id = s.id')
        .andWhereRaw(
          "r.started_at > now() - s.sync_interval_minutes * interval '1 minute' + interval '5 seconds'",
        ),
    )
    .pluck('s.id');
  for (const storeId of due) await requestSync(knex, boss, storeId, 'schedule');
}
