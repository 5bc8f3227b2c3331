import type { Knex } from 'knex';
import { INVOICE_STATES } from '../constants.js';
import { checkIn, checkNonNegative, moneyZero, rawAll, timestamps } from '../lib/schema.js';

// Invoices and their lines (Magento sales_invoice, sales_invoice_item).
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create sequence sales_invoice_increment_seq start with 100000001');
  await knex.schema.createTable('sales_invoices', (t) => {
    t.increments('id');
    t.text('increment_id')
      .notNullable()
      .defaultTo(knex.raw("nextval('sales_invoice_increment_seq')::text"))
      .unique({ indexName: 'sales_invoices_increment_id_unique' });
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.text('state').notNullable().defaultTo('paid');
    moneyZero(t, ['subtotal', 'tax_amount', 'shipping_amount', 'discount_amount', 'grand_total']);
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    timestamps(knex, t);
    t.index(['order_id'], 'sales_invoices_order_id_index');
    checkIn(t, 'sales_invoices', 'state', INVOICE_STATES);
    checkNonNegative(t, 'sales_invoices', ['subtotal', 'tax_amount', 'shipping_amount', 'grand_total']);
  });
  await knex.schema.createTable('sales_invoice_items', (t) => {
    t.increments('id');
    t.integer('invoice_id').notNullable().references('id').inTable('sales_invoices').onDelete('CASCADE');
    t.integer('order_item_id')
      .notNullable()
      .references('id')
      .inTable('sales_order_items')
      .onDelete('CASCADE');
    t.integer('qty').notNullable();
    moneyZero(t, ['price', 'tax_amount', 'discount_amount', 'row_total']);
    t.unique(['invoice_id', 'order_item_id'], {
      indexName: 'sales_invoice_items_invoice_id_order_item_id_unique',
    });
    t.index(['order_item_id'], 'sales_invoice_items_order_item_id_index');
    t.check('"qty" > 0', undefined, 'sales_invoice_items_qty_check');
  });
  await rawAll(knex, ['alter sequence sales_invoice_increment_seq owned by sales_invoices.increment_id']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_invoice_items');
  await knex.schema.dropTable('sales_invoices');
  await knex.raw('drop sequence if exists sales_invoice_increment_seq');
}
