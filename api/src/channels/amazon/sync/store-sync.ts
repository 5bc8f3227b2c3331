import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { ImportSettings } from '../import/commerce-order-draft.js';
import type { AmazonOrderImporter } from '../import/import-service.js';
import { SpApiError } from '../sp-api/errors.js';
import { spApiClientForStore, type ConnectorDeps, type StoreConnection } from '../stores/sp-api-client.js';
import type { SpOrder } from '../sp-api/schemas/orders.js';
import { applyOrders, inTransaction, type ApplyResult } from './order-applier.js';
import { fetchPageDetails, prefetchedPages } from './page-fetcher.js';
import { acquireSyncLease, LEASE_SECONDS, releaseSyncLease, renewSyncLease } from './sync-lease.js';
import {
  emptyCounters,
  finishRun,
  saveProgress,
  startRun,
  type SyncCounters,
} from './sync-runs-repository.js';
import { nextWindow } from './sync-window.js';

export class SyncBusyError extends Error {}

type StoreForSync = StoreConnection &
  ImportSettings & { marketplace_id: string; sync_checkpoint: Date | null };

export interface StoreSyncDeps extends ConnectorDeps {
  importer: AmazonOrderImporter;
  /** Names this worker in the store's lease. */
  owner: string;
  /** The store lease's length (default LEASE_SECONDS); renewed every quarter of it while the sync runs. */
  leaseSeconds?: number;
}

/**
 * Pages in flight at once: while one page's transaction waits on PostgreSQL, the next one's statements
 * are built and sent. Two pages' orders are distinct rows; their stock rows are locked in SKU order.
 */
const APPLY_CONCURRENCY = 2;

/**
 * One sync of one store: holds the store's lease, asks getOrders for the window since the checkpoint
 * (with overlap, ending two minutes ago), applies each page's orders, moves the checkpoint only after a
 * page is committed, retries blocked imports, and logs the run.
 */
export async function runStoreSync(deps: StoreSyncDeps, runId: number): Promise<SyncCounters> {
  const { knex } = deps;
  const run = await knex('amazon_sync_runs').where({ id: runId }).first('store_id', 'status');
  if (!run || run.status !== 'queued') return emptyCounters();
  const storeId: number = run.store_id;
  const leaseSeconds = deps.leaseSeconds ?? LEASE_SECONDS;
  if (!(await acquireSyncLease(knex, storeId, deps.owner, leaseSeconds)))
    throw new SyncBusyError(`store ${storeId} is being synced elsewhere`);
  let leaseLost = false;
  const heartbeat = setInterval(() => {
    renewSyncLease(knex, storeId, deps.owner, leaseSeconds).then(
      (ours) => (leaseLost ||= !ours),
      () => undefined,
    );
  }, leaseSeconds * 250);
  const counters = emptyCounters();
  const logger = deps.logger.child({ storeId, syncRunId: runId });
  try {
    const store: StoreForSync = await knex('amazon_stores').where({ id: storeId }).first();
    const window = nextWindow(store.sync_checkpoint, new Date());
    await startRun(knex, runId, window);
    const error = await syncWindow(deps, store, runId, window, counters, () => leaseLost, logger);
    await finishRun(knex, runId, counters, error);
    logger.info({ ...counters, error }, 'sync finished');
    return counters;
  } finally {
    clearInterval(heartbeat);
    await releaseSyncLease(knex, storeId, deps.owner);
  }
}

async function syncWindow(
  deps: StoreSyncDeps,
  store: StoreForSync,
  runId: number,
  window: { from: Date; to: Date },
  counters: SyncCounters,
  leaseLost: () => boolean,
  logger: Logger,
): Promise<string | null> {
  const { knex } = deps;
  const client = spApiClientForStore(store, deps, { syncRunId: runId });
  let failedOrders = 0;
  const appliedThisRun = new Set<string>();
  let ascending = true;
  let latestSeen = 0;
  try {
    const pages = prefetchedPages(
      client.orders.getOrders({
        marketplaceIds: [store.marketplace_id],
        lastUpdatedAfter: window.from.toISOString(),
        lastUpdatedBefore: window.to.toISOString(),
        maxResultsPerPage: 100,
      }),
      (orders) => fetchPageDetails(knex, store.id, orders, client),
    );
    // Pages are applied APPLY_CONCURRENCY at a time, each in its own transaction, and settled in order,
    // so counters and the checkpoint move exactly as if they had been applied one after the other.
    const applying: { orders: SpOrder[]; results: Promise<ApplyResult[]> }[] = [];
    const settleOldest = async () => {
      const { orders, results } = applying.shift()!;
      for (const result of await results) {
        appliedThisRun.add(result.amazonOrderId);
        if ('error' in result) failedOrders += 1;
        else if (result.outcome !== 'unchanged') counters[result.outcome] += 1;
      }
      counters.pages += 1;
      counters.orders_seen += orders.length;
      counters.errors = failedOrders;
      // Amazon does not promise an order; while pages come in LastUpdateDate order, a committed page
      // lets the checkpoint move to its newest order.
      const dates = orders.map((order) => Date.parse(order.LastUpdateDate));
      let checkpoint: Date | null = null;
      if (dates.length > 0) {
        ascending &&= Math.min(...dates) >= latestSeen;
        latestSeen = Math.max(latestSeen, ...dates);
        if (ascending && failedOrders === 0) checkpoint = new Date(latestSeen);
      }
      // Two rows apart, each its own commit: written at once, they wait for one disk flush, not two.
      await Promise.all([
        checkpoint && moveCheckpoint(knex, store.id, checkpoint),
        saveProgress(knex, runId, { ...counters }),
      ]);
    };
    let stopped: string | null = null;
    let pagesFailed: unknown = null;
    try {
      for await (const { orders, fetched } of pages) {
        if (leaseLost()) {
          stopped = 'The sync lease was lost (this worker stalled); another worker will carry on.';
          break;
        }
        const results = applyOrders(knex, deps.importer, store, fetched, logger);
        // Settled in turn; until then a failure must not count as unhandled.
        results.catch(() => undefined);
        applying.push({ orders, results });
        if (applying.length >= APPLY_CONCURRENCY) await settleOldest();
      }
    } catch (error) {
      pagesFailed = error;
    }
    // Pages already sent to PostgreSQL are committed and counted before the run ends, whatever ended it.
    while (applying.length > 0) await settleOldest();
    if (pagesFailed) throw pagesFailed;
    if (stopped) return stopped;
    await retryBlocked(deps, store, appliedThisRun, counters, logger);
    if (failedOrders > 0)
      return `${failedOrders} order(s) could not be applied; they will be read again next sync.`;
    await moveCheckpoint(knex, store.id, window.to);
    await knex('amazon_stores').where({ id: store.id }).update({ last_sync_at: knex.fn.now() });
    return null;
  } catch (error) {
    counters.errors += 1;
    if (error instanceof SpApiError)
      return `${error.operation} failed: ${error.status ?? 'no answer'} ${error.code}: ${error.message}`;
    logger.error({ err: error }, 'sync failed');
    return `Sync failed: ${(error as Error).message}`;
  }
}

/** The checkpoint only moves forward. */
async function moveCheckpoint(knex: Knex, storeId: number, to: Date): Promise<void> {
  await knex('amazon_stores')
    .where({ id: storeId })
    .andWhere((q) => q.whereNull('sync_checkpoint').orWhere('sync_checkpoint', '<', to))
    .update({ sync_checkpoint: to });
}

/**
 * Blocked imports are tried again on every sync: fixing the catalog lets this sync create the order.
 * Orders this run already applied were just evaluated and are not tried twice.
 */
async function retryBlocked(
  deps: StoreSyncDeps,
  store: StoreForSync,
  appliedThisRun: ReadonlySet<string>,
  counters: SyncCounters,
  logger: Logger,
): Promise<void> {
  const blocked: { id: number; amazon_order_id: string }[] = await deps
    .knex('amazon_orders')
    .where({ store_id: store.id, import_state: 'blocked' })
    .orderBy('id')
    .select('id', 'amazon_order_id');
  for (const { id, amazon_order_id } of blocked) {
    if (appliedThisRun.has(amazon_order_id)) continue;
    try {
      const outcome = await inTransaction(deps.knex, (trx) => deps.importer.retry(trx, store, id));
      if (outcome === 'updated') counters.updated += 1;
    } catch (error) {
      logger.error({ err: error, amazonOrderRowId: id }, 'retrying a blocked import failed');
    }
  }
}
