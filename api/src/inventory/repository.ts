import type { Knex } from 'knex';
import { bulkInsert } from '../db/bulk-insert.js';
import type { ReservationCause } from '@orderdesk/migrations';

export interface StockRow {
  sku: string;
  name: string;
  on_hand: number;
  reserved: number;
  is_enabled: boolean;
}

/** Locks the SKUs' stock rows, always in SKU order so that two transactions never wait on each other in a cycle. */
export async function lockStockRows(
  trx: Knex.Transaction,
  skus: readonly string[],
): Promise<Map<string, StockRow>> {
  const sorted = [...new Set(skus)].sort();
  if (sorted.length === 0) return new Map();
  const rows: StockRow[] = await trx('inventory_stock')
    .select('sku', 'name', 'on_hand', 'reserved', 'is_enabled')
    .whereIn('sku', sorted)
    .orderBy('sku')
    .forUpdate();
  return new Map(rows.map((row) => [row.sku, row]));
}

export interface LedgerEntry {
  sku: string;
  quantity: number;
  cause: ReservationCause;
  orderItemKey: string;
  reference?: string;
  metadata?: Record<string, unknown>;
}

/**
 * Appends ledger rows; a row whose (order item, cause, reference) is already there is skipped, which is
 * what makes each reservation and compensation happen once. Answers the rows actually written.
 */
export async function appendLedger(
  trx: Knex.Transaction,
  entries: readonly LedgerEntry[],
): Promise<LedgerEntry[]> {
  if (entries.length === 0) return [];
  const written = await bulkInsert<{ order_item_key: string; cause: string; reference: string }>(trx, {
    table: 'inventory_reservations',
    rows: entries.map((entry) => ({
      sku: entry.sku,
      quantity: entry.quantity,
      cause: entry.cause,
      order_item_key: entry.orderItemKey,
      reference: entry.reference ?? '',
      metadata: entry.metadata ?? null,
    })),
    onConflict: 'on conflict (order_item_key, cause, reference) do nothing',
    returning: ['order_item_key', 'cause', 'reference'],
  });
  const key = (e: { order_item_key: string; cause: string; reference: string }) =>
    `${e.order_item_key}|${e.cause}|${e.reference}`;
  const done = new Set(written.map(key));
  return entries.filter((entry) =>
    done.has(
      key({ order_item_key: entry.orderItemKey, cause: entry.cause, reference: entry.reference ?? '' }),
    ),
  );
}

/** What is still reserved for each order item: minus the sum of its ledger rows. */
export async function outstandingByItem(
  trx: Knex.Transaction,
  orderItemKeys: readonly string[],
): Promise<Map<string, { sku: string; quantity: number }>> {
  if (orderItemKeys.length === 0) return new Map();
  const rows: { order_item_key: string; sku: string; outstanding: number }[] = await trx(
    'inventory_reservations',
  )
    .select('order_item_key', 'sku')
    .select(trx.raw('(-sum(quantity))::integer as outstanding'))
    .whereIn('order_item_key', orderItemKeys)
    .groupBy('order_item_key', 'sku');
  return new Map(
    rows
      .filter((row) => row.outstanding > 0)
      .map((row) => [row.order_item_key, { sku: row.sku, quantity: row.outstanding }]),
  );
}

export async function deductOnHand(trx: Knex.Transaction, sku: string, quantity: number): Promise<void> {
  // Amazon's word that goods left wins over our count: on hand never goes below zero.
  await trx('inventory_stock')
    .where({ sku })
    .update({ on_hand: trx.raw('greatest(on_hand - ?, 0)', [quantity]), updated_at: trx.fn.now() });
}
