import type { Knex } from 'knex';
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

export async function addHistory(
  trx: Knex.Transaction,
  entry: {
    orderId: number;
    status: CommerceOrderStatus;
    comment: string;
    author: string;
    userId?: number | null;
    notified?: boolean;
  },
): Promise<void> {
  await trx('sales_order_status_history').insert({
    order_id: entry.orderId,
    status: entry.status,
    comment: entry.comment,
    author: entry.author,
    user_id: entry.userId ?? null,
    is_customer_notified: entry.notified ?? false,
  });
}

/** The guest's or customer's account: found by e-mail, created when missing. */
export async function findOrCreateCustomer(
  trx: Knex.Transaction,
  email: string,
  name: string,
): Promise<number> {
  const [first, ...rest] = name.trim().split(/\s+/);
  const inserted = await trx.raw(
    `insert into customers (email, name, firstname, lastname) values (?, ?, ?, ?)
     on conflict ((lower(email))) do nothing returning id`,
    [email, name, first ?? '', rest.join(' ')],
  );
  if (inserted.rows[0]) return inserted.rows[0].id as number;
  const existing = await trx('customers').whereRaw('lower(email) = lower(?)', [email]).first('id');
  return existing.id as number;
}
