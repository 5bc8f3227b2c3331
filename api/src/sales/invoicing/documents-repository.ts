import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { lockOrder } from '../orders-repository.js';
import type { LineQuantities } from '../order-state.js';

type Db = Knex | Knex.Transaction;

export interface DocumentOrder {
  id: number;
  increment_id: string;
  status: CommerceOrderStatus;
  channel: 'amazon' | 'web';
  /** The AmazonOrderId behind an Amazon order. */
  amazon_order_id: string | null;
  currency: string;
  tax_amount: string;
  shipping_amount: string;
  total_paid: string;
  total_refunded: string;
  /** Shipping already on invoices, and already refunded by credit memos. */
  shipping_invoiced: string;
  shipping_refunded: string;
  invoice_count: number;
}

export interface DocumentLine extends LineQuantities {
  id: number;
  sku: string;
  name: string | null;
  price: string;
  tax_amount: string;
  discount_amount: string;
  row_total: string;
}

/** Locks the Commerce order (the shared lock every order change takes first) and reads what documents need. */
export async function lockOrderForDocument(
  trx: Knex.Transaction,
  orderId: number,
): Promise<{ order: DocumentOrder; lines: DocumentLine[] } | undefined> {
  if (!(await lockOrder(trx, orderId))) return undefined;
  const order: DocumentOrder = await trx('sales_orders as so')
    .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .where('so.id', orderId)
    .first(
      'so.id',
      'so.increment_id',
      'so.status',
      'so.channel',
      'ao.amazon_order_id',
      'so.currency',
      'so.tax_amount',
      'so.shipping_amount',
      'so.total_paid',
      'so.total_refunded',
      ...documentedShipping(trx),
      trx.raw('(select count(*) from sales_invoices where order_id = so.id)::integer as invoice_count'),
    );
  const lines = await orderLines(trx, orderId);
  return { order, lines };
}

/** Shipping already on the order's invoices, and already refunded by its credit memos (the order is `so`). */
export function documentedShipping(db: Db): Knex.Raw[] {
  return [
    db.raw(
      '(select coalesce(sum(shipping_amount), 0) from sales_invoices where order_id = so.id) as shipping_invoiced',
    ),
    db.raw(
      '(select coalesce(sum(shipping_refund), 0) from sales_credit_memos where order_id = so.id) as shipping_refunded',
    ),
  ];
}

/** The order's lines with their quantity counters and amounts, in line order. */
export function orderLines(db: Db, orderId: number): Promise<DocumentLine[]> {
  return db('sales_order_items')
    .where({ order_id: orderId })
    .orderBy('id')
    .select(
      'id',
      'sku',
      'name',
      'qty_ordered',
      'qty_invoiced',
      'qty_shipped',
      'qty_refunded',
      'qty_canceled',
      'price',
      'tax_amount',
      'discount_amount',
      'row_total',
    );
}

/** A document's line as stored: quantity and amounts (decimal strings; discount positive, as on order lines). */
export interface DocumentItemRow {
  order_item_id: number;
  qty: number;
  price: string;
  tax_amount: string;
  discount_amount: string;
  row_total: string;
}

/** Moves one quantity counter of each line by the document's quantities. */
export async function incrementLines(
  trx: Knex.Transaction,
  column: 'qty_invoiced' | 'qty_refunded',
  items: readonly DocumentItemRow[],
): Promise<void> {
  for (const item of items) {
    await trx('sales_order_items')
      .where({ id: item.order_item_id })
      .update({ [column]: trx.raw('?? + ?', [column, item.qty]), updated_at: trx.fn.now() });
  }
}

export interface OrderTotalsChange {
  status: CommerceOrderStatus;
  /** Added to the order's money columns (decimal strings). */
  add: Partial<Record<'total_invoiced' | 'total_paid' | 'total_refunded', string>>;
}

export async function updateOrderTotals(
  trx: Knex.Transaction,
  orderId: number,
  change: OrderTotalsChange,
): Promise<void> {
  const increments = Object.fromEntries(
    Object.entries(change.add).map(([column, amount]) => [
      column,
      trx.raw('?? + ?::numeric', [column, amount]),
    ]),
  );
  await trx('sales_orders')
    .where({ id: orderId })
    .update({
      ...increments,
      status: change.status,
      ...(change.status === 'closed' ? { hold_before_status: null } : {}),
      updated_at: trx.fn.now(),
    });
}

/** The order's figures that a document changes, for the answer. */
export function orderSummary(db: Db, orderId: number) {
  return db('sales_orders')
    .where({ id: orderId })
    .first(
      'id',
      'increment_id',
      'status',
      'total_invoiced',
      'total_paid',
      'total_refunded',
      'total_canceled',
    );
}

/** A document's lines with the order line's SKU and name. */
export function documentItems(
  db: Db,
  table: 'sales_invoice_items' | 'sales_credit_memo_items',
  parentColumn: 'invoice_id' | 'credit_memo_id',
  parentId: number,
) {
  return db(`${table} as d`)
    .join('sales_order_items as oi', 'oi.id', 'd.order_item_id')
    .where(`d.${parentColumn}`, parentId)
    .orderBy('d.order_item_id')
    .select(
      'd.id',
      'd.order_item_id',
      'oi.sku',
      'oi.name',
      'd.qty',
      'd.price',
      'd.tax_amount',
      'd.discount_amount',
      'd.row_total',
    );
}
