import type { Knex } from 'knex';

/** A store beside the demo one, for store filters and sorts. */
export async function insertStore(knex: Knex, name: string, sellerId: string): Promise<number> {
  const [row] = await knex('amazon_stores')
    .insert({
      name,
      seller_id: sellerId,
      marketplace_id: 'A1F83G8C2ARO7P',
      region: 'eu',
      credentials_encrypted: 'not-used',
      is_active: false,
    })
    .returning('id');
  return (row as { id: number }).id;
}

export interface GridOrder {
  amazon_order_id: string;
  store_id: number;
  status: string;
  buyer_name: string;
  order_total: string;
  fulfillment_channel: 'MFN' | 'AFN';
  number_of_items_unshipped: number;
  inventory_reserved: boolean;
  purchase_date: string;
  latest_ship_date?: string;
  buyer_cancel_requested?: boolean;
  import_state?: string;
  import_error?: string;
  last_action?: string;
}

/** Amazon orders written straight into the table: the grid reads them as sync would have left them. */
export async function insertOrders(knex: Knex, orders: readonly GridOrder[]): Promise<Map<string, number>> {
  const rows = await knex('amazon_orders')
    .insert(
      orders.map((order) => ({
        currency: 'EUR',
        last_update_date: order.purchase_date,
        buyer_email: `${order.amazon_order_id}@marketplace.amazon.example`,
        ...order,
      })),
    )
    .returning(['id', 'amazon_order_id']);
  return new Map(rows.map((row: { id: number; amazon_order_id: string }) => [row.amazon_order_id, row.id]));
}

/**
 * `count` Amazon orders of one store in one set-based statement, purchased a minute apart from 2025-06-01
 * on, numbered BULK-000001... in purchase order.
 */
export async function insertBulkOrders(knex: Knex, storeId: number, count: number): Promise<void> {
  await knex.raw(
    `insert into amazon_orders (store_id, amazon_order_id, status, purchase_date, last_update_date,
       buyer_name, order_total, currency, fulfillment_channel)
     select ?, 'BULK-' || lpad(g::text, 6, '0'), 'Shipped',
       timestamptz '2025-06-01T00:00:00Z' + g * interval '1 minute',
       timestamptz '2025-06-01T00:00:00Z' + g * interval '1 minute',
       'Bulk buyer ' || g, (g % 500)::numeric + 0.99, 'EUR', 'AFN'
     from generate_series(1, ?) as g`,
    [storeId, count],
  );
}
