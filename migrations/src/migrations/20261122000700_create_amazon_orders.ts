import type { Knex } from 'knex';
import {
  AMAZON_CANCEL_REASONS,
  AMAZON_ORDER_STATUSES,
  CANCELED_BY,
  CANCELLATION_STATES,
  FULFILLMENT_CHANNELS,
  IMPORT_STATES,
} from '../constants.js';
import { checkIn, currency, money, rawAll, timestamps, timestamptz } from '../lib/schema.js';

// Amazon's order as last seen by sync, plus the local overlay: import state and cancellation state.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_orders', (t) => {
    t.bigIncrements('id');
    t.integer('store_id').notNullable().references('id').inTable('amazon_stores').onDelete('RESTRICT');
    t.text('amazon_order_id').notNullable();
    t.text('status').notNullable();
    timestamptz(knex, t, 'purchase_date').notNullable();
    timestamptz(knex, t, 'last_update_date').notNullable();
    t.text('buyer_name').nullable();
    t.text('buyer_email').nullable();
    money(t, 'order_total').nullable();
    currency(t).nullable();
    t.text('fulfillment_channel').nullable();
    t.text('marketplace_id').nullable();
    t.text('sales_channel').nullable();
    t.text('order_type').nullable();
    t.text('ship_service_level').nullable();
    t.text('shipment_service_level_category').nullable();
    t.integer('number_of_items_shipped').notNullable().defaultTo(0);
    t.integer('number_of_items_unshipped').notNullable().defaultTo(0);
    timestamptz(knex, t, 'earliest_ship_date');
    timestamptz(knex, t, 'latest_ship_date');
    timestamptz(knex, t, 'latest_delivery_date');
    t.boolean('is_prime').notNullable().defaultTo(false);
    t.boolean('is_premium_order').notNullable().defaultTo(false);
    t.boolean('is_business_order').notNullable().defaultTo(false);
    t.boolean('is_replacement_order').notNullable().defaultTo(false);
    t.text('payment_method').nullable();
    t.jsonb('raw').notNullable().defaultTo(knex.raw("'{}'::jsonb")).comment("Amazon's order payload");
    t.text('import_state').notNullable().defaultTo('not_imported');
    t.text('import_error').nullable();
    t.text('last_action').nullable();
    t.boolean('inventory_reserved').notNullable().defaultTo(false);
    t.text('cancellation_state').notNullable().defaultTo('none');
    t.text('cancellation_reason').nullable();
    t.text('cancellation_error').nullable();
    timestamptz(knex, t, 'cancellation_requested_at');
    t.integer('cancellation_requested_by').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.text('canceled_by').nullable();
    timestamptz(knex, t, 'canceled_at');
    t.boolean('buyer_cancel_requested').notNullable().defaultTo(false);
    t.text('buyer_cancel_reason').nullable();
    timestamps(knex, t);

    t.unique(['store_id', 'amazon_order_id'], { indexName: 'amazon_orders_store_id_amazon_order_id_unique' });
    checkIn(t, 'amazon_orders', 'status', AMAZON_ORDER_STATUSES);
    checkIn(t, 'amazon_orders', 'fulfillment_channel', FULFILLMENT_CHANNELS);
    checkIn(t, 'amazon_orders', 'import_state', IMPORT_STATES);
    checkIn(t, 'amazon_orders', 'cancellation_state', CANCELLATION_STATES);
    checkIn(t, 'amazon_orders', 'cancellation_reason', AMAZON_CANCEL_REASONS);
    checkIn(t, 'amazon_orders', 'canceled_by', CANCELED_BY);
    t.check(
      '"number_of_items_shipped" >= 0 and "number_of_items_unshipped" >= 0',
      undefined,
      'amazon_orders_number_of_items_check',
    );
    // A blocked import always says why; a cancellation sent to Amazon always carries its reason.
    t.check(
      `"import_state" <> 'blocked' or "import_error" is not null`,
      undefined,
      'amazon_orders_import_error_check',
    );
    t.check(
      `"cancellation_state" <> 'requested' or "cancellation_reason" is not null`,
      undefined,
      'amazon_orders_cancellation_reason_required_check',
    );
  });
  await rawAll(knex, [
    'create index amazon_orders_amazon_order_id_index on amazon_orders (amazon_order_id)',
    // The grid sorts over all pages on the server; id breaks ties so pages are stable.
    'create index amazon_orders_purchase_date_index on amazon_orders (purchase_date desc, id desc)',
    'create index amazon_orders_store_id_purchase_date_index on amazon_orders (store_id, purchase_date desc)',
    'create index amazon_orders_status_purchase_date_index on amazon_orders (status, purchase_date desc)',
    'create index amazon_orders_last_update_date_index on amazon_orders (last_update_date)',
    'create index amazon_orders_latest_ship_date_index on amazon_orders (latest_ship_date)',
    'create index amazon_orders_order_total_index on amazon_orders (order_total)',
    'create index amazon_orders_buyer_email_index on amazon_orders (lower(buyer_email))',
    // Substring search (filter.q) on buyer name, buyer email and order number.
    'create index amazon_orders_buyer_name_trgm_index on amazon_orders using gin (buyer_name gin_trgm_ops)',
    'create index amazon_orders_buyer_email_trgm_index on amazon_orders using gin (buyer_email gin_trgm_ops)',
    'create index amazon_orders_amazon_order_id_trgm_index on amazon_orders using gin (amazon_order_id gin_trgm_ops)',
    // Small sets the grid filters on and the jobs revisit: blocked imports (retried on every sync),
    // buyer cancellation requests, cancellations waiting for Amazon's answer.
    `create index amazon_orders_blocked_index on amazon_orders (store_id, purchase_date desc)
       where import_state = 'blocked'`,
    `create index amazon_orders_buyer_cancel_requested_index on amazon_orders (purchase_date desc)
       where buyer_cancel_requested`,
    `create index amazon_orders_cancellation_requested_index on amazon_orders (store_id, cancellation_requested_at)
       where cancellation_state = 'requested'`,
    'create index amazon_orders_cancellation_requested_by_index on amazon_orders (cancellation_requested_by)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_orders');
}
