import type { Knex } from 'knex';
import { timestamps, timestamptz } from '../lib/schema.js';

// Tracking sent to Amazon (confirmShipment) or reported by Amazon; confirmed_at is set once Amazon accepts it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_order_tracking', (t) => {
    t.bigIncrements('id');
    t.bigInteger('order_id').notNullable().references('id').inTable('amazon_orders').onDelete('CASCADE');
    t.text('carrier_code').nullable();
    t.text('carrier_name').nullable();
    t.text('shipping_method').nullable();
    t.text('tracking_number').nullable();
    timestamptz(knex, t, 'ship_date');
    t.integer('sales_shipment_id')
      .nullable()
      .references('id')
      .inTable('sales_shipments')
      .onDelete('SET NULL');
    timestamptz(knex, t, 'confirmed_at');
    timestamps(knex, t);
    t.index(['order_id'], 'amazon_order_tracking_order_id_index');
    t.index(['tracking_number'], 'amazon_order_tracking_tracking_number_index');
    t.index(['sales_shipment_id'], 'amazon_order_tracking_sales_shipment_id_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_order_tracking');
}
