import type { Knex } from 'knex';

/** An Amazon order as the API names its fields (api-contract.md). */
export function amazonOrderQuery(db: Knex) {
  return db('amazon_orders as o').select(
    'o.amazon_order_id as id',
    'o.store_id',
    'o.status',
    'o.purchase_date',
    'o.last_update_date',
    'o.buyer_name',
    'o.buyer_email',
    'o.order_total',
    'o.currency',
    'o.fulfillment_channel',
    'o.number_of_items_shipped as items_shipped',
    'o.number_of_items_unshipped as items_unshipped',
    'o.latest_ship_date',
    'o.is_prime',
    'o.is_premium_order as is_premium',
    'o.is_business_order as is_business',
    'o.inventory_reserved as reserved',
    'o.last_action',
    // Subqueries, not a join: they are read for the page's rows only, after the sort, however many
    // orders a filter or search matches.
    db.raw('(select so.id from sales_orders so where so.amazon_order_id = o.id) as commerce_order_id'),
    db.raw(
      '(select so.increment_id from sales_orders so where so.amazon_order_id = o.id) as commerce_increment_id',
    ),
    'o.import_state',
    'o.import_error',
    'o.cancellation_state',
    'o.cancellation_reason',
    'o.cancellation_error',
    'o.canceled_by',
    'o.canceled_at',
    // A staff cancellation that could not reach Amazon and waits for Retry.
    db.raw(
      `(o.cancellation_state = 'requested' and exists (select 1 from outbox c
           where c.aggregate_type = 'amazon_order' and c.aggregate_id = o.id::text
             and c.kind = 'amazon.cancel_order' and c.status = 'dead')) as cancellation_retryable`,
    ),
    'o.buyer_cancel_requested',
    'o.buyer_cancel_reason',
  );
}

/**
 * The Amazon order with this number, its row locked for the transaction (call `.first(...)`). What it links
 * to (its Commerce order) is read after it, in a statement of its own: under READ COMMITTED a locking read
 * that waited for another transaction's commit returns the row as that one left it, but its joins and
 * sub-selects still see the snapshot from before the wait.
 */
export function lockAmazonOrder(trx: Knex.Transaction, amazonOrderId: string) {
  return trx('amazon_orders').where({ amazon_order_id: amazonOrderId }).orderBy('id').forUpdate();
}
