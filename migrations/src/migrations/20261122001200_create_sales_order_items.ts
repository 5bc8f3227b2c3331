import type { Knex } from 'knex';
import { moneyZero, timestamps } from '../lib/schema.js';

// Commerce order lines with Magento's quantity counters.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales_order_items', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.text('sku').notNullable();
    t.text('name').nullable();
    t.integer('qty_ordered').notNullable();
    t.integer('qty_invoiced').notNullable().defaultTo(0);
    t.integer('qty_shipped').notNullable().defaultTo(0);
    t.integer('qty_refunded').notNullable().defaultTo(0);
    t.integer('qty_canceled').notNullable().defaultTo(0);
    moneyZero(t, ['price', 'tax_amount', 'discount_amount', 'row_total']);
    t.bigInteger('amazon_order_item_id')
      .nullable()
      .unique({ indexName: 'sales_order_items_amazon_order_item_id_unique' })
      .references('id')
      .inTable('amazon_order_items')
      .onDelete('SET NULL');
    timestamps(knex, t);

    t.index(['order_id'], 'sales_order_items_order_id_index');
    t.index(['sku'], 'sales_order_items_sku_index');
    t.check(
      `"qty_ordered" > 0 and "qty_invoiced" >= 0 and "qty_shipped" >= 0
       and "qty_refunded" >= 0 and "qty_canceled" >= 0`,
      undefined,
      'sales_order_items_qty_check',
    );
    t.check(
      '"qty_shipped" + "qty_canceled" <= "qty_ordered"',
      undefined,
      'sales_order_items_qty_shipped_canceled_check',
    );
    t.check('"qty_invoiced" <= "qty_ordered"', undefined, 'sales_order_items_qty_invoiced_check');
    t.check('"qty_refunded" <= "qty_invoiced"', undefined, 'sales_order_items_qty_refunded_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_order_items');
}
