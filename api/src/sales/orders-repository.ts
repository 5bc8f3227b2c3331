import type { Knex } from 'knex';
import { bulkInsert } from '../db/bulk-insert.js';
import type { CommerceOrderStatus } from '@orderdesk/migrations';

export interface OrderRow {
  id: number;
  increment_id: string;
  status: CommerceOrderStatus;
  amazon_order_id: number | null;
}

export function lockOrder(trx: Knex.Transaction, id: number): Promise<OrderRow | undefined> {
  return trx('sales_orders')
    .select('id', 'increment_id', 'status', 'amazon_order_id')
    .where({ id })
    .forUpdate()
    .first();
}

/** The Commerce orders of these Amazon orders, locked, by Amazon order row id. */
export async function ordersOfAmazonOrders(
  trx: Knex.Transaction,
  amazonOrderRowIds: readonly number[],
): Promise<Map<number, OrderRow>> {
  if (amazonOrderRowIds.length === 0) return new Map();
  const rows: OrderRow[] = await trx('sales_orders')
    .select('id', 'increment_id', 'status', 'amazon_order_id')
    .whereIn('amazon_order_id', amazonOrderRowIds)
    .orderBy('id')
    .forUpdate();
  return new Map(rows.map((row) => [row.amazon_order_id!, row]));
}

export function orderOfAmazonOrder(
  trx: Knex.Transaction,
  amazonOrderRowId: number,
): Promise<OrderRow | undefined> {
  return trx('sales_orders')
    .select('id', 'increment_id', 'status', 'amazon_order_id')
    .where({ amazon_order_id: amazonOrderRowId })
    .forUpdate()
    .first();
}

export interface HistoryEntry {
  orderId: number;
  status: CommerceOrderStatus;
  comment: string;
  author: string;
  userId?: number | null;
  notified?: boolean;
}

export async function addHistory(trx: Knex.Transaction, entry: HistoryEntry): Promise<void> {
  await addHistories(trx, [entry]);
}

export async function addHistories(trx: Knex.Transaction, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await bulkInsert(trx, {
    table: 'sales_order_status_history',
    rows: entries.map((entry) => ({
      order_id: entry.orderId,
      status: entry.status,
      comment: entry.comment,
      author: entry.author,
      user_id: entry.userId ?? null,
      is_customer_notified: entry.notified ?? false,
    })),
  });
}

/**
 * The next Commerce order numbers, taken from the sequence sales_orders.increment_id defaults to, in one
 * statement: for orders whose number must be known before they are created (the import writes it on the
 * Amazon order in the same statement that stores it).
 */
export async function nextIncrementIds(trx: Knex.Transaction, count: number): Promise<string[]> {
  if (count === 0) return [];
  const result = await trx.raw(
    `select nextval('sales_order_increment_seq')::text as id from generate_series(1, ?::integer)`,
    [count],
  );
  return (result.rows as { id: string }[]).map((row) => row.id);
}

/** Customers' accounts by lower-cased e-mail: found, or created when missing. */
export async function findOrCreateCustomers(
  trx: Knex.Transaction,
  buyers: readonly { email: string; name: string }[],
): Promise<Map<string, number>> {
  const byEmail = new Map(buyers.map((buyer) => [buyer.email.toLowerCase(), buyer]));
  if (byEmail.size === 0) return new Map();
  await trx.raw(`? on conflict ((lower(email))) do nothing`, [
    trx('customers').insert(
      [...byEmail.values()].map(({ email, name }) => {
        const [first, ...rest] = name.trim().split(/\s+/);
        return { email, name, firstname: first ?? '', lastname: rest.join(' ') };
      }),
    ),
  ]);
  const rows: { id: number; email: string }[] = await trx('customers')
    .select('id', trx.raw('lower(email) as email'))
    .whereRaw('lower(email) = any(?)', [[...byEmail.keys()]]);
  return new Map(rows.map((row) => [row.email, row.id]));
}
