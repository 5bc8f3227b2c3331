import type { Knex } from 'knex';
import type {
  AmazonHistorySource,
  AmazonOrderStatus,
  CancellationState,
  ImportState,
} from '@orderdesk/migrations';
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
];

/** The order's row, locked for the rest of the transaction. */
export function lockAmazonOrder(
  trx: Knex.Transaction,
  storeId: number,
  amazonOrderId: string,
): Promise<AmazonOrderRow | undefined> {
  return trx('amazon_orders')
    .select(orderFields)
    .where({ store_id: storeId, amazon_order_id: amazonOrderId })
    .forUpdate()
    .first();
}

export function lockAmazonOrderById(trx: Knex.Transaction, id: number): Promise<AmazonOrderRow | undefined> {
  return trx('amazon_orders').select(orderFields).where({ id }).forUpdate().first();
}

/** Inserts a new order, or nothing if another transaction just did (the caller then locks that one). */
export async function insertAmazonOrder(
  trx: Knex.Transaction,
  storeId: number,
  amazonOrderId: string,
  columns: ReturnType<typeof orderColumns> & { last_action?: string },
): Promise<boolean> {
  const inserted = await trx('amazon_orders')
    .insert({ store_id: storeId, amazon_order_id: amazonOrderId, ...columns })
    .onConflict(['store_id', 'amazon_order_id'])
    .ignore()
    .returning('id');
  return inserted.length > 0;
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

export async function upsertItems(
  trx: Knex.Transaction,
  orderId: number,
  items: ReturnType<typeof itemColumns>[],
): Promise<void> {
  if (items.length === 0) return;
  await trx('amazon_order_items')
    .insert(items.map((item) => ({ order_id: orderId, ...item })))
    .onConflict(['order_id', 'order_item_id'])
    .merge([...Object.keys(items[0]!).filter((key) => key !== 'order_item_id'), 'updated_at']);
}

export function itemsOf(trx: Knex.Transaction, orderId: number): Promise<AmazonItemRow[]> {
  return trx('amazon_order_items')
    .select(
      'id',
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
    )
    .where({ order_id: orderId })
    .orderBy('id');
}

/** Amazon's address, unless staff corrected it here (a correction is never overwritten by a sync). */
export async function upsertAddress(
  trx: Knex.Transaction,
  orderId: number,
  address: ReturnType<typeof addressColumns>,
): Promise<void> {
  await trx.raw(
    `? on conflict (order_id) do update set ${Object.keys(address)
      .map((key) => `${key} = excluded.${key}`)
      .join(', ')}, updated_at = now()
     where amazon_order_addresses.corrected_at is null`,
    [trx('amazon_order_addresses').insert({ order_id: orderId, ...address })],
  );
}

export function addressOf(trx: Knex.Transaction, orderId: number) {
  return trx('amazon_order_addresses').where({ order_id: orderId }).first();
}

export async function addStatusHistory(
  trx: Knex.Transaction,
  entry: {
    orderId: number;
    status: AmazonOrderStatus;
    source: AmazonHistorySource;
    comment: string;
    cancellationState?: CancellationState;
    userId?: number | null;
  },
): Promise<void> {
  await trx('amazon_order_status_history').insert({
    order_id: entry.orderId,
    status: entry.status,
    source: entry.source,
    comment: entry.comment,
    cancellation_state: entry.cancellationState ?? null,
    user_id: entry.userId ?? null,
  });
}
