// The API side of syncing: queueing a store's sync and declaring its queues. The worker side (sync-jobs.ts:
// running syncs, the SP-API client) is not imported from here, so an API process never loads it.
import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import { declareTickQueue } from '../../../jobs/tick-queue.js';
import { queueRun } from './sync-runs-repository.js';

export const SYNC_QUEUE = 'amazon-sync';
export const TICK_QUEUE = 'amazon-sync-tick';

export interface SyncJob {
  runId: number;
  storeId: number;
}

/** Queues a sync of the store (or finds the one already waiting or running) and hands it to a worker. */
export async function requestSync(knex: Knex, boss: PgBoss, storeId: number, trigger: 'schedule' | 'manual') {
  const { run, queued } = await queueRun(knex, storeId, trigger);
  if (queued) await sendSyncJob(boss, { runId: run.id as number, storeId });
  return run;
}

export function sendSyncJob(boss: PgBoss, job: SyncJob) {
  return boss.send(SYNC_QUEUE, job, {
    singletonKey: `run:${job.runId}`,
    retryLimit: 20,
    retryDelay: 15,
    retryBackoff: true,
  });
}

/** Creates the queues and the once-a-minute tick (scheduling is idempotent: every process may call it). */
export async function declareSyncQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(SYNC_QUEUE, { name: SYNC_QUEUE, policy: 'standard' });
  await declareTickQueue(boss, TICK_QUEUE);
}
