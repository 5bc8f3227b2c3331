import type { Knex } from 'knex';
import { runStoreSync, type StoreSyncDeps } from '../../src/channels/amazon/sync/store-sync.js';
import { queueRun, type SyncCounters } from '../../src/channels/amazon/sync/sync-runs-repository.js';

export async function demoStoreId(knex: Knex): Promise<number> {
  return (await knex('amazon_stores').first('id')).id as number;
}

/** One sync of the store, run here and now (what a worker does with a queued run). */
export async function syncOnce(
  deps: StoreSyncDeps,
  storeId: number,
  options: { fromScratch?: boolean } = {},
): Promise<SyncCounters & { runId: number; status: string; error_message: string | null }> {
  if (options.fromScratch)
    await deps.knex('amazon_stores').where({ id: storeId }).update({ sync_checkpoint: null });
  const { run } = await queueRun(deps.knex, storeId, 'manual');
  await runStoreSync(deps, run.id as number);
  const finished = await deps.knex('amazon_sync_runs').where({ id: run.id }).first();
  return { ...finished, runId: run.id as number };
}

/** Enough stock everywhere, so that tests about idempotence are not about shortages. */
export async function plentyOfStock(knex: Knex): Promise<void> {
  await knex('inventory_stock').where({ is_enabled: true }).update({ on_hand: 1_000_000 });
}

/**
 * What the ledger should hold per SKU, derived from the orders alone: every unit of an imported
 * seller-fulfilled order not yet shipped or canceled, and every unit of a reserved Pending order.
 */
export async function expectedReservations(knex: Knex): Promise<Map<string, number>> {
  const rows: { sku: string; units: number }[] = await knex
    .raw(
      `
    select i.seller_sku as sku, sum(units)::integer as units from (
      select ai.seller_sku, soi.qty_ordered - soi.qty_shipped - soi.qty_canceled as units
        from sales_order_items soi
        join amazon_order_items ai on ai.id = soi.amazon_order_item_id
        join amazon_orders ao on ao.id = ai.order_id
       where ao.fulfillment_channel = 'MFN'
      union all
      select ai.seller_sku, ai.quantity_ordered
        from amazon_orders ao
        join amazon_order_items ai on ai.order_id = ao.id
       where ao.inventory_reserved and ao.import_state <> 'imported' and ao.status <> 'Canceled'
    ) i(seller_sku, units) group by i.seller_sku having sum(units) <> 0`,
    )
    .then((r: { rows: { sku: string; units: number }[] }) => r.rows);
  return new Map(rows.map((row) => [row.sku, row.units]));
}

/** Reserved units per SKU, from the ledger itself and from the counter on the stock row. */
export async function ledgerReservations(
  knex: Knex,
): Promise<{ ledger: Map<string, number>; counter: Map<string, number> }> {
  const ledger: { sku: string; units: number }[] = await knex('inventory_reservations')
    .select('sku')
    .select(knex.raw('(-sum(quantity))::integer as units'))
    .groupBy('sku')
    .havingRaw('sum(quantity) <> 0');
  const counter: { sku: string; reserved: number }[] = await knex('inventory_stock')
    .select('sku', 'reserved')
    .whereNot('reserved', 0);
  return {
    ledger: new Map(ledger.map((row) => [row.sku, row.units])),
    counter: new Map(counter.map((row) => [row.sku, row.reserved])),
  };
}
