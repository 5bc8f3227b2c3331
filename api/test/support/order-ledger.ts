import type { Knex } from 'knex';

/** Ledger rows of an Amazon order's items, by its AmazonOrderId. */
function ledgerOf(knex: Knex, amazonOrderId: string) {
  return knex('inventory_reservations as r')
    .join('amazon_order_items as i', knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
    .join('amazon_orders as o', 'o.id', 'i.order_id')
    .where('o.amazon_order_id', amazonOrderId);
}

/** Units still reserved for the order's items, from the ledger. */
export async function reservedFor(knex: Knex, amazonOrderId: string): Promise<number> {
  const row = await ledgerOf(knex, amazonOrderId).first(
    knex.raw('coalesce(-sum(r.quantity), 0)::integer as units'),
  );
  return row.units as number;
}

/** The order's cancellation compensations in the ledger (one per item when released exactly once). */
export function cancelReleasesOf(knex: Knex, amazonOrderId: string): Promise<unknown[]> {
  return ledgerOf(knex, amazonOrderId).where('r.cause', 'order_canceled').select('r.id');
}

/** The order's shipment rows in the ledger (reference `shipment:<id>`), oldest first. */
export function shipmentLedgerOf(
  knex: Knex,
  amazonOrderId: string,
): Promise<{ reference: string; quantity: number }[]> {
  return ledgerOf(knex, amazonOrderId)
    .where('r.cause', 'order_shipped')
    .orderBy('r.id')
    .select('r.reference', 'r.quantity');
}
