import type { Knex } from 'knex';
import { checkNonNegative, currency, money, timestamps } from '../lib/schema.js';

// Amazon's order items as last seen by sync (getOrderItems), upserted on (order_id, order_item_id).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_order_items', (t) => {
    t.bigIncrements('id');
    t.bigInteger('order_id').notNullable().references('id').inTable('amazon_orders').onDelete('CASCADE');
    t.text('order_item_id').notNullable().comment("Amazon's OrderItemId (AmazonOrderItemCode in feeds)");
    t.text('asin').nullable();
    t.text('seller_sku').nullable();
    t.text('title').nullable();
    t.integer('quantity_ordered').notNullable();
    t.integer('quantity_shipped').notNullable().defaultTo(0);
    t.text('condition_id').nullable();
    t.text('condition_subtype').nullable();
    money(t, 'item_price').nullable();
    money(t, 'item_tax').nullable();
    money(t, 'shipping_price').nullable();
    money(t, 'shipping_tax').nullable();
    money(t, 'promotion_discount').nullable();
    currency(t).nullable();
    t.boolean('is_buyer_requested_cancel').notNullable().defaultTo(false);
    t.text('buyer_cancel_reason').nullable();
    t.jsonb('raw').notNullable().defaultTo(knex.raw("'{}'::jsonb")).comment("Amazon's item payload");
    timestamps(knex, t);

    t.unique(['order_id', 'order_item_id'], {
      indexName: 'amazon_order_items_order_id_order_item_id_unique',
    });
    t.index(['seller_sku'], 'amazon_order_items_seller_sku_index');
    checkNonNegative(t, 'amazon_order_items', ['quantity_ordered', 'quantity_shipped']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_order_items');
}
