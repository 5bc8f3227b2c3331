// Cancel-to-stock-released latency, for `pnpm bench` on the benchmark database and bench:cancel on an empty
// one: an imported order Amazon cancels (the sandbox marks it Canceled), Sync now through the API, and the time
// until its unit is salable again. API and worker run here (PROCESS_ROLE=all, pg-boss jobs); the rows the
// run adds are taken out afterwards.
import type { Knex } from 'knex';
import type { Database } from '../../src/db/database.js';
import type { SandboxProcess } from '../../src/demo/sandbox-process.js';
import { syncOnce } from '../../test/support/sync-helpers.js';
import { startBenchApi } from '../seed/bench-database.js';
import { demoStoreId, sandboxControl } from './import-bench.js';
import { removeNewRows, snapshotKeys } from './new-rows.js';
import { summarize, type LatencySummary } from './stats.js';

const SKU = 'OD-KIT-001';

export async function measureCancelLatency(options: {
  db: Database;
  sandbox: SandboxProcess;
  samples: number;
  port: number;
  log: (message: string) => void;
}): Promise<LatencySummary> {
  const { sandbox, samples } = options;
  const knex = options.db.knex;
  const snapshot = await snapshotKeys(knex);
  const api = await startBenchApi(options.db, { workers: true, port: options.port });
  try {
    const manager = await api.loginAs('manager');
    const storeId = await demoStoreId(knex);
    const { order_ids: ids } = await sandboxControl<{ order_ids: string[] }>(sandbox, '/_sandbox/orders', {
      count: samples,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: [SKU],
      quantity: 1,
      age_seconds: 600,
      brief: true,
    });
    await waitForIdleSync(knex);
    // From scratch: the store's checkpoint is past these orders' dates (and the sandbox holds only them).
    await syncOnce(api.services.sync, storeId, { fromScratch: true });
    const reserved = async () =>
      (await knex('inventory_stock').where({ sku: SKU }).first('reserved')).reserved as number;
    const timings: number[] = [];
    for (const [index, id] of ids.entries()) {
      const before = await reserved();
      await sandboxControl(sandbox, `/_sandbox/orders/${id}/status`, {
        status: 'Canceled',
        by: 'buyer',
        age_seconds: 150,
      });
      const started = performance.now();
      const res = await manager.post(`/api/amazon-stores/${storeId}/sync`, {});
      if (res.status !== 202) throw new Error(`Sync now answered ${res.status}: ${res.text}`);
      while ((await reserved()) !== before - 1) {
        if (performance.now() - started > 30_000) {
          const runs = await knex('amazon_sync_runs').orderBy('id', 'desc').limit(3);
          const order = await knex('amazon_orders')
            .where({ amazon_order_id: id })
            .first('status', 'import_state', 'inventory_reserved');
          throw new Error(`order ${id} was not released within 30 s: ${JSON.stringify({ runs, order })}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      timings.push(performance.now() - started);
      options.log(`cancel: ${index + 1}/${samples} released in ${Math.round(timings.at(-1)!)} ms`);
      await waitForIdleSync(knex);
    }
    return summarize(timings);
  } finally {
    await api.close();
    await waitForIdleSync(knex);
    await removeNewRows(knex, snapshot);
  }
}

/** The next Sync now must start a run of its own: wait while one is queued or running. */
async function waitForIdleSync(knex: Knex): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (await knex('amazon_sync_runs').whereIn('status', ['queued', 'running']).first('id')) {
    if (Date.now() > deadline) throw new Error('a sync run stayed queued or running for a minute');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
