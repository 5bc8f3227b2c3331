import type { Knex } from 'knex';
import { rawAll, timestamps, timestamptz } from '../lib/schema.js';

// Shipments, their lines and tracking numbers (Magento sales_shipment, _item, _track).
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create sequence sales_shipment_increment_seq start with 100000001');
  await knex.schema.createTable('sales_shipments', (t) => {
    t.increments('id');
    t.text('increment_id')
      .notNullable()
      .defaultTo(knex.raw("nextval('sales_shipment_increment_seq')::text"))
      .unique({ indexName: 'sales_shipments_increment_id_unique' });
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.integer('total_qty').notNullable().defaultTo(0);
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    timestamps(knex, t);
    t.index(['order_id'], 'sales_shipments_order_id_index');
    t.check('"total_qty" >= 0', undefined, 'sales_shipments_total_qty_check');
  });
  await knex.schema.createTable('sales_shipment_items', (t) => {
    t.increments('id');
    t.integer('shipment_id').notNullable().references('id').inTable('sales_shipments').onDelete('CASCADE');
    t.integer('order_item_id')
      .notNullable()
      .references('id')
      .inTable('sales_order_items')
      .onDelete('CASCADE');
    t.integer('qty').notNullable();
    t.unique(['shipment_id', 'order_item_id'], {
      indexName: 'sales_shipment_items_shipment_id_order_item_id_unique',
    });
    t.index(['order_item_id'], 'sales_shipment_items_order_item_id_index');
    t.check('"qty" > 0', undefined, 'sales_shipment_items_qty_check');
  });
  await knex.schema.createTable('sales_shipment_tracks', (t) => {
    t.increments('id');
    t.integer('shipment_id').notNullable().references('id').inTable('sales_shipments').onDelete('CASCADE');
    t.text('carrier_code').notNullable();
    t.text('title').nullable();
    t.text('track_number').notNullable();
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.index(['shipment_id'], 'sales_shipment_tracks_shipment_id_index');
    t.index(['track_number'], 'sales_shipment_tracks_track_number_index');
  });
  await rawAll(knex, ['alter sequence sales_shipment_increment_seq owned by sales_shipments.increment_id']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_shipment_tracks');
  await knex.schema.dropTable('sales_shipment_items');
  await knex.schema.dropTable('sales_shipments');
  await knex.raw('drop sequence if exists sales_shipment_increment_seq');
}
