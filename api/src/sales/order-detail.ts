import type { Knex } from 'knex';
import { documentedShipping, orderLines } from './invoicing/documents-repository.js';
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
  const record: Record<string, unknown> | undefined = await withExtraFields(db, recordQuery)
    .where('so.id', id)
    .first();
  if (!record) return undefined;
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
    billing_address: addressOf('billing'),
    shipping_address: addressOf('shipping'),
    items: await orderLines(db, id),
    history: await db('sales_order_status_history')
      .where({ order_id: id })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('id', 'created_at', 'status', 'comment', 'is_customer_notified', 'author'),
    invoices: await documentsOfOrder(db, INVOICES, id),
    shipments: await shipmentsOfOrder(db, id),
    credit_memos: await documentsOfOrder(db, CREDIT_MEMOS, id),
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

/**
 * The list's record query with the order's own fields beyond the list's, and the Amazon order's facts that
 * decide what may be done: one query (the record query already joins the Amazon order as `ao`).
 */
function withExtraFields(db: Db, recordQuery: Knex.QueryBuilder): Knex.QueryBuilder {
  return recordQuery.leftJoin('amazon_stores as st', 'st.id', 'ao.store_id').select(
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
    ...documentedShipping(db),
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

/** Where an order's invoices or credit memos and their lines are, and the fields the order view shows. */
interface DocumentKind {
  table: 'sales_invoices' | 'sales_credit_memos';
  itemsTable: 'sales_invoice_items' | 'sales_credit_memo_items';
  parentColumn: 'invoice_id' | 'credit_memo_id';
  columns: readonly string[];
}

const INVOICES: DocumentKind = {
  table: 'sales_invoices',
  itemsTable: 'sales_invoice_items',
  parentColumn: 'invoice_id',
  columns: [
    'id',
    'increment_id',
    'state',
    'subtotal',
    'tax_amount',
    'shipping_amount',
    'discount_amount',
    'grand_total',
    'created_at',
  ],
};

const CREDIT_MEMOS: DocumentKind = {
  table: 'sales_credit_memos',
  itemsTable: 'sales_credit_memo_items',
  parentColumn: 'credit_memo_id',
  columns: [
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
  ],
};

/** An order's invoices or credit memos, oldest first, each with its lines: two queries. */
async function documentsOfOrder(db: Db, kind: DocumentKind, orderId: number) {
  const documents: { id: number }[] = await db(kind.table)
    .where({ order_id: orderId })
    .orderBy('id')
    .select(kind.columns);
  const lines = await linesOf(
    db,
    kind.itemsTable,
    kind.parentColumn,
    documents.map((document) => document.id),
  );
  return documents.map((document) => {
    const items = lines.get(document.id) ?? [];
    return { ...document, total_qty: totalQty(items), items };
  });
}
