import type { Knex } from 'knex';
import type {
  AmazonHistorySource,
  AmazonOrderStatus,
  CancellationState,
  ImportState,
} from '@orderdesk/migrations';
import { bulkInsert, setFromExcluded } from '../../../db/bulk-insert.js';
import type { AmazonAddressRow } from './commerce-order-draft.js';
import type { addressColumns, itemColumns, orderColumns } from './order-record.js';

/** The columns the importer reads back under lock. */
export interface AmazonOrderRow {
  id: number;
  store_id: number;
  amazon_order_id: string;
  status: AmazonOrderStatus;
  last_update_date: Date;
  fulfillment_channel: 'MFN' | 'AFN' | null;
  import_state: ImportState;
  import_error: string | null;
  inventory_reserved: boolean;
  cancellation_state: CancellationState;
  buyer_name: string | null;
  buyer_email: string | null;
  currency: string | null;
  ship_service_level: string | null;
  shipment_service_level_category: string | null;
  payment_method: string | null;
  canceled_at: Date | null;
  buyer_cancel_requested: boolean;
  buyer_cancel_reason: string | null;
}

export interface AmazonItemRow {
  id: number;
  order_item_id: string;
  seller_sku: string | null;
  title: string | null;
  quantity_ordered: number;
  quantity_shipped: number;
  item_price: string | null;
  item_tax: string | null;
  shipping_price: string | null;
  shipping_tax: string | null;
  promotion_discount: string | null;
}

const orderFields = [
  'id',
  'store_id',
  'amazon_order_id',
  'status',
  'last_update_date',
  'fulfillment_channel',
  'import_state',
  'import_error',
  'inventory_reserved',
  'cancellation_state',
  'buyer_name',
  'buyer_email',
  'currency',
  'ship_service_level',
  'shipment_service_level_category',
  'payment_method',
  'canceled_at',
  'buyer_cancel_requested',
  'buyer_cancel_reason',
];

/**
 * A store's orders by AmazonOrderId, one unique-index lookup per id (sorted, so lockers always go in the
 * same order). Written as a lateral join because a plain `amazon_order_id in (...)` on a table a sync is
 * filling, before statistics catch up, was planned as a scan of the store's every order: quadratic.
 */
export async function ordersByAmazonOrderIds<T>(
  db: Knex | Knex.Transaction,
  storeId: number,
  amazonOrderIds: readonly string[],
  columns: readonly string[],
  options: { lock?: boolean } = {},
): Promise<T[]> {
  if (amazonOrderIds.length === 0) return [];
  const list = columns.map((column) => `"${column}"`).join(', ');
  const result = await db.raw(
    `select ${columns.map((column) => `o."${column}"`).join(', ')}
       from unnest(?::text[]) as k(amazon_order_id)
       join lateral (select ${list} from amazon_orders a
                      where a.store_id = ? and a.amazon_order_id = k.amazon_order_id
                      ${options.lock ? 'for update' : ''}) o on true`,
    [[...new Set(amazonOrderIds)].sort(), storeId],
  );
  return result.rows as T[];
}

/** A page's orders that we already hold, locked, by AmazonOrderId. */
export async function lockAmazonOrders(
  trx: Knex.Transaction,
  storeId: number,
  amazonOrderIds: readonly string[],
): Promise<Map<string, AmazonOrderRow>> {
  const rows = await ordersByAmazonOrderIds<AmazonOrderRow>(trx, storeId, amazonOrderIds, orderFields, {
    lock: true,
  });
  return new Map(rows.map((row) => [row.amazon_order_id, row]));
}

export function lockAmazonOrderById(trx: Knex.Transaction, id: number): Promise<AmazonOrderRow | undefined> {
  return trx('amazon_orders').select(orderFields).where({ id }).forUpdate().first();
}

export type AmazonOrderWrite = ReturnType<typeof orderColumns> & {
  amazon_order_id: string;
  buyer_cancel_requested: boolean;
  buyer_cancel_reason: string | null;
  /** Set only to say something (an unknown status); otherwise the stored one stays. */
  last_action: string | null;
};

/**
 * Inserts or updates a page's orders in one statement (the caller holds the existing rows' locks; a row
 * another transaction inserted meanwhile is updated). Answers the rows as stored, by AmazonOrderId.
 */
export async function upsertAmazonOrders(
  trx: Knex.Transaction,
  storeId: number,
  orders: readonly AmazonOrderWrite[],
): Promise<Map<string, AmazonOrderRow>> {
  if (orders.length === 0) return new Map();
  const columns = Object.keys(orders[0]!).filter((key) => key !== 'amazon_order_id');
  const rows = await bulkInsert<AmazonOrderRow>(trx, {
    table: 'amazon_orders',
    rows: orders.map((order) => ({ store_id: storeId, ...order })),
    onConflict: `on conflict (store_id, amazon_order_id) do update set ${setFromExcluded(
      columns.filter((column) => column !== 'last_action'),
    )}, last_action = coalesce(excluded.last_action, amazon_orders.last_action), updated_at = now()`,
    returning: orderFields,
  });
  return new Map(rows.map((row) => [row.amazon_order_id, row]));
}

/** A new order's row with the import's outcome already in it (see new-orders.ts). */
export type NewAmazonOrderWrite = AmazonOrderWrite & {
  import_state: ImportState;
  import_error: string | null;
  inventory_reserved: boolean;
};

/** Raised when an order taken for new was stored meanwhile by another transaction: apply the page again. */
export class OrderStoredMeanwhileError extends Error {}

/**
 * Inserts orders this transaction found missing, in their final state, in one statement. One that another
 * transaction stored meanwhile is left alone and the whole page is refused (OrderStoredMeanwhileError):
 * its outcome was decided for a new order. Answers the rows as stored, by AmazonOrderId.
 */
export async function insertNewAmazonOrders(
  trx: Knex.Transaction,
  storeId: number,
  orders: readonly NewAmazonOrderWrite[],
): Promise<Map<string, AmazonOrderRow>> {
  if (orders.length === 0) return new Map();
  const rows = await bulkInsert<AmazonOrderRow>(trx, {
    table: 'amazon_orders',
    rows: orders.map((order) => ({ store_id: storeId, ...order })),
    onConflict: 'on conflict (store_id, amazon_order_id) do nothing',
    returning: orderFields,
  });
  if (rows.length < orders.length)
    throw new OrderStoredMeanwhileError('An order of the page was stored by another transaction meanwhile');
  return new Map(rows.map((row) => [row.amazon_order_id, row]));
}

export async function updateAmazonOrder(
  trx: Knex.Transaction,
  id: number,
  columns: Record<string, unknown>,
): Promise<void> {
  await trx('amazon_orders')
    .where({ id })
    .update({ ...columns, updated_at: trx.fn.now() });
}

/** Orders that just became Commerce orders, in one statement. */
export async function markImported(
  trx: Knex.Transaction,
  orders: readonly { id: number; reserved: boolean; lastAction: string }[],
): Promise<void> {
  if (orders.length === 0) return;
  await trx.raw(
    `update amazon_orders as o
        set import_state = 'imported', import_error = null, inventory_reserved = v.reserved,
            last_action = v.last_action, updated_at = now()
       from unnest(?::bigint[], ?::boolean[], ?::text[]) as v(id, reserved, last_action)
      where o.id = v.id`,
    [orders.map((o) => o.id), orders.map((o) => o.reserved), orders.map((o) => o.lastAction)],
  );
}

/** Items of several orders in one statement; Amazon's values replace ours. Answers them as stored. */
export async function upsertItems(
  trx: Knex.Transaction,
  items: readonly (ReturnType<typeof itemColumns> & { order_id: number })[],
): Promise<(AmazonItemRow & { order_id: number })[]> {
  if (items.length === 0) return [];
  const merged = Object.keys(items[0]!).filter((key) => key !== 'order_id' && key !== 'order_item_id');
  return bulkInsert(trx, {
    table: 'amazon_order_items',
    rows: items,
    onConflict: `on conflict (order_id, order_item_id) do update set ${setFromExcluded(merged)}, updated_at = now()`,
    returning: itemFields,
  });
}

/** The SKUs the items of these orders name, as stored. */
export async function skusOfOrders(trx: Knex.Transaction, orderIds: readonly number[]): Promise<string[]> {
  if (orderIds.length === 0) return [];
  return trx('amazon_order_items').whereIn('order_id', orderIds).distinct().pluck('seller_sku');
}

const itemFields = [
  'id',
  'order_id',
  'order_item_id',
  'seller_sku',
  'title',
  'quantity_ordered',
  'quantity_shipped',
  'item_price',
  'item_tax',
  'shipping_price',
  'shipping_tax',
  'promotion_discount',
];

export function itemsOf(trx: Knex.Transaction, orderId: number): Promise<AmazonItemRow[]> {
  return trx('amazon_order_items').select(itemFields).where({ order_id: orderId }).orderBy('id');
}

/** Several orders' items, by order row id (an order without items maps to []). */
export async function itemsOfOrders(
  trx: Knex.Transaction,
  orderIds: readonly number[],
): Promise<Map<number, AmazonItemRow[]>> {
  const byOrder = new Map(orderIds.map((id) => [id, [] as AmazonItemRow[]]));
  if (orderIds.length === 0) return byOrder;
  const rows: (AmazonItemRow & { order_id: number })[] = await trx('amazon_order_items')
    .select(itemFields)
    .whereIn('order_id', orderIds)
    .orderBy('id');
  for (const row of rows) byOrder.get(row.order_id)?.push(row);
  return byOrder;
}

/** Amazon's addresses, unless staff corrected one here (a correction is never overwritten by a sync). */
export async function upsertAddresses(
  trx: Knex.Transaction,
  addresses: readonly (ReturnType<typeof addressColumns> & { order_id: number })[],
): Promise<void> {
  if (addresses.length === 0) return;
  const columns = Object.keys(addresses[0]!).filter((key) => key !== 'order_id');
  await bulkInsert(trx, {
    table: 'amazon_order_addresses',
    rows: addresses,
    onConflict: `on conflict (order_id) do update set ${setFromExcluded(columns)}, updated_at = now()
      where amazon_order_addresses.corrected_at is null`,
  });
}

export async function addressesOf(
  trx: Knex.Transaction,
  orderIds: readonly number[],
): Promise<Map<number, AmazonAddressRow>> {
  if (orderIds.length === 0) return new Map();
  const rows: (AmazonAddressRow & { order_id: number })[] = await trx('amazon_order_addresses').whereIn(
    'order_id',
    orderIds,
  );
  return new Map(rows.map((row) => [row.order_id, row]));
}

export interface StatusHistoryEntry {
  orderId: number;
  status: AmazonOrderStatus;
  source: AmazonHistorySource;
  comment: string;
  cancellationState?: CancellationState;
  userId?: number | null;
}

export async function addStatusHistory(trx: Knex.Transaction, entry: StatusHistoryEntry): Promise<void> {
  await addStatusHistories(trx, [entry]);
}

export async function addStatusHistories(
  trx: Knex.Transaction,
  entries: readonly StatusHistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await bulkInsert(trx, {
    table: 'amazon_order_status_history',
    rows: entries.map((entry) => ({
      order_id: entry.orderId,
      status: entry.status,
      source: entry.source,
      comment: entry.comment,
      cancellation_state: entry.cancellationState ?? null,
      user_id: entry.userId ?? null,
    })),
  });
}
