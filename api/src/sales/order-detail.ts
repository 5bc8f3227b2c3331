import type { Knex } from 'knex';
import { shipmentsOfOrder } from './shipping/repository.js';

type Db = Knex | Knex.Transaction;

/**
 * `GET /api/orders/:id` (and the actions' answers): the order record of the list, plus what Magento's
 * order view shows: account and payment details, totals (with Magento's total due), both addresses, the
 * items with their quantity counters, the Comments History (newest first), and the invoices, shipments
 * (with tracking and where Amazon's confirmation stands) and credit memos. Undefined for an unknown id.
 */
export async function orderDetail(
  db: Db,
  id: number,
  /** The list's record query (sales/routes.ts), so that one order reads as it does in the list. */
  recordQuery: Knex.QueryBuilder,
): Promise<Record<string, unknown> | undefined> {
  const record: Record<string, unknown> | undefined = await recordQuery.where('so.id', id).first();
  if (!record) return undefined;
  const extra = await orderExtraFields(db, id);
  const addresses: AddressRow[] = await db('sales_order_addresses')
    .where({ order_id: id })
    .select(
      'address_type',
      'name',
      'street',
      'city',
      'region',
      'postcode',
      'country_id',
      'telephone',
      'email',
    );
  const addressOf = (type: string) => {
    const found = addresses.find((address) => address.address_type === type);
    if (!found) return null;
    const { address_type: _type, ...address } = found;
    return address;
  };
  return {
    ...record,
    ...extra,
    billing_address: addressOf('billing'),
    shipping_address: addressOf('shipping'),
    items: await db('sales_order_items')
      .where({ order_id: id })
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
      ),
    history: await db('sales_order_status_history')
      .where({ order_id: id })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('id', 'created_at', 'status', 'comment', 'is_customer_notified', 'author'),
    invoices: await invoicesOfOrder(db, id),
    shipments: await shipmentsOfOrder(db, id),
    credit_memos: await creditMemosOfOrder(db, id),
  };
}

interface AddressRow {
  address_type: string;
  name: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country_id: string | null;
  telephone: string | null;
  email: string | null;
}

/** The order's own fields beyond the list's, and the Amazon order's facts that decide what may be done. */
function orderExtraFields(db: Db, id: number): Promise<Record<string, unknown>> {
  return db('sales_orders as so')
    .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .leftJoin('amazon_stores as st', 'st.id', 'ao.store_id')
    .where('so.id', id)
    .first(
      'so.store_code',
      'so.customer_id',
      'so.customer_is_guest',
      'so.hold_before_status',
      'so.payment_method',
      'so.shipping_method',
      'so.shipping_description',
      'so.subtotal',
      'so.tax_amount',
      'so.shipping_amount',
      'so.discount_amount',
      'so.total_invoiced',
      'so.total_paid',
      'so.total_refunded',
      'so.total_canceled',
      // Magento's Total Due: what is neither paid nor canceled.
      db.raw('greatest(so.grand_total - so.total_paid - so.total_canceled, 0) as total_due'),
      db.raw(
        '(select coalesce(sum(shipping_amount), 0) from sales_invoices where order_id = so.id) as shipping_invoiced',
      ),
      db.raw(
        '(select coalesce(sum(shipping_refund), 0) from sales_credit_memos where order_id = so.id) as shipping_refunded',
      ),
      'ao.store_id as amazon_store_id',
      'st.name as amazon_store_name',
      'ao.fulfillment_channel as amazon_fulfillment_channel',
      'ao.canceled_at as amazon_canceled_at',
      'ao.purchase_date as amazon_purchase_date',
    );
}

/** Document lines of several invoices or credit memos at once, by document id. */
async function linesOf(
  db: Db,
  table: 'sales_invoice_items' | 'sales_credit_memo_items',
  parentColumn: 'invoice_id' | 'credit_memo_id',
  ids: readonly number[],
): Promise<Map<number, Record<string, unknown>[]>> {
  const rows: (Record<string, unknown> & { parent_id: number })[] =
    ids.length === 0
      ? []
      : await db(`${table} as d`)
          .join('sales_order_items as oi', 'oi.id', 'd.order_item_id')
          .whereIn(`d.${parentColumn}`, ids)
          .orderBy([`d.${parentColumn}`, 'd.order_item_id'])
          .select(
            `d.${parentColumn} as parent_id`,
            'd.order_item_id',
            'oi.sku',
            'oi.name',
            'd.qty',
            'd.row_total',
          );
  const byParent = new Map<number, Record<string, unknown>[]>();
  for (const { parent_id, ...line } of rows)
    byParent.set(parent_id, [...(byParent.get(parent_id) ?? []), line]);
  return byParent;
}

const totalQty = (lines: readonly Record<string, unknown>[]) =>
  lines.reduce((sum, line) => sum + Number(line.qty), 0);

async function invoicesOfOrder(db: Db, orderId: number) {
  const invoices: { id: number }[] = await db('sales_invoices')
    .where({ order_id: orderId })
    .orderBy('id')
    .select(
      'id',
      'increment_id',
      'state',
      'subtotal',
      'tax_amount',
      'shipping_amount',
      'discount_amount',
      'grand_total',
      'created_at',
    );
  const lines = await linesOf(
    db,
    'sales_invoice_items',
    'invoice_id',
    invoices.map((invoice) => invoice.id),
  );
  return invoices.map((invoice) => {
    const items = lines.get(invoice.id) ?? [];
    return { ...invoice, total_qty: totalQty(items), items };
  });
}

async function creditMemosOfOrder(db: Db, orderId: number) {
  const memos: { id: number }[] = await db('sales_credit_memos')
    .where({ order_id: orderId })
    .orderBy('id')
    .select(
      'id',
      'increment_id',
      'state',
      'is_offline',
      'subtotal',
      'tax_amount',
      'discount_amount',
      'shipping_refund',
      'adjustment_positive as adjustment_refund',
      'adjustment_negative as adjustment_fee',
      'grand_total',
      'created_at',
    );
  const lines = await linesOf(
    db,
    'sales_credit_memo_items',
    'credit_memo_id',
    memos.map((memo) => memo.id),
  );
  return memos.map((memo) => {
    const items = lines.get(memo.id) ?? [];
    return { ...memo, total_qty: totalQty(items), items };
  });
}
