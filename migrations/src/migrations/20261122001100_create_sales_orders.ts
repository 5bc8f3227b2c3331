import type { Knex } from 'knex';
import { COMMERCE_ORDER_STATUSES, ORDER_CHANNELS } from '../constants.js';
import { checkIn, checkNonNegative, currency, moneyZero, rawAll, timestamps } from '../lib/schema.js';

// Commerce orders (Magento sales_order). increment_id comes from the sequence, unless the store's Order
// Number Source is amazon: then the API stores the Amazon order number instead.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create sequence sales_order_increment_seq start with 100000001');
  await knex.schema.createTable('sales_orders', (t) => {
    t.increments('id');
    t.text('increment_id')
      .notNullable()
      .defaultTo(knex.raw("nextval('sales_order_increment_seq')::text"))
      .unique({ indexName: 'sales_orders_increment_id_unique' });
    t.text('store_code').notNullable().defaultTo('default');
    t.text('status').notNullable().defaultTo('pending');
    t.text('hold_before_status').nullable().comment('status to restore on unhold');
    t.text('channel').notNullable();
    t.bigInteger('amazon_order_id')
      .nullable()
      .unique({ indexName: 'sales_orders_amazon_order_id_unique' })
      .references('id')
      .inTable('amazon_orders')
      .onDelete('RESTRICT')
      .comment('amazon_orders.id (internal id); one Commerce order per Amazon order');
    t.integer('customer_id').nullable().references('id').inTable('customers').onDelete('SET NULL');
    t.boolean('customer_is_guest').notNullable().defaultTo(true);
    t.text('customer_name').nullable();
    t.text('customer_email').nullable();
    currency(t).notNullable();
    moneyZero(t, [
      'subtotal',
      'tax_amount',
      'shipping_amount',
      'discount_amount',
      'grand_total',
      'total_invoiced',
      'total_paid',
      'total_refunded',
      'total_canceled',
    ]);
    t.text('payment_method').nullable();
    t.text('shipping_method').nullable();
    t.text('shipping_description').nullable();
    timestamps(knex, t);

    checkIn(t, 'sales_orders', 'status', COMMERCE_ORDER_STATUSES);
    checkIn(t, 'sales_orders', 'hold_before_status', COMMERCE_ORDER_STATUSES);
    checkIn(t, 'sales_orders', 'channel', ORDER_CHANNELS);
    // discount_amount is left free: Magento stores discounts as negative amounts.
    checkNonNegative(t, 'sales_orders', [
      'subtotal',
      'tax_amount',
      'shipping_amount',
      'grand_total',
      'total_invoiced',
      'total_paid',
      'total_refunded',
      'total_canceled',
    ]);
    t.check(
      `("channel" = 'amazon') = ("amazon_order_id" is not null)`,
      undefined,
      'sales_orders_amazon_order_id_check',
    );
  });
  await rawAll(knex, [
    'alter sequence sales_order_increment_seq owned by sales_orders.increment_id',
    'create index sales_orders_created_at_index on sales_orders (created_at desc, id desc)',
    'create index sales_orders_status_created_at_index on sales_orders (status, created_at desc)',
    'create index sales_orders_customer_email_index on sales_orders (lower(customer_email))',
    'create index sales_orders_customer_name_trgm_index on sales_orders using gin (customer_name gin_trgm_ops)',
    'create index sales_orders_customer_id_index on sales_orders (customer_id)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_orders');
  await knex.raw('drop sequence if exists sales_order_increment_seq');
}
