import type { Knex } from 'knex';
import { CREDIT_MEMO_STATES } from '../constants.js';
import { checkIn, checkNonNegative, moneyZero, rawAll, timestamps } from '../lib/schema.js';

// Credit memos and their lines (Magento sales_creditmemo, _item). Refunds of Amazon orders are
// offline here: money goes back through Seller Central, not through this admin.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create sequence sales_credit_memo_increment_seq start with 100000001');
  await knex.schema.createTable('sales_credit_memos', (t) => {
    t.increments('id');
    t.text('increment_id')
      .notNullable()
      .defaultTo(knex.raw("nextval('sales_credit_memo_increment_seq')::text"))
      .unique({ indexName: 'sales_credit_memos_increment_id_unique' });
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.text('state').notNullable().defaultTo('refunded');
    t.boolean('is_offline').notNullable().defaultTo(true);
    moneyZero(t, [
      'subtotal',
      'tax_amount',
      'discount_amount',
      'shipping_refund',
      'adjustment_positive',
      'adjustment_negative',
      'grand_total',
    ]);
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    timestamps(knex, t);
    t.index(['order_id'], 'sales_credit_memos_order_id_index');
    checkIn(t, 'sales_credit_memos', 'state', CREDIT_MEMO_STATES);
    checkNonNegative(t, 'sales_credit_memos', [
      'subtotal',
      'tax_amount',
      'shipping_refund',
      'adjustment_positive',
      'adjustment_negative',
      'grand_total',
    ]);
  });
  await knex.schema.createTable('sales_credit_memo_items', (t) => {
    t.increments('id');
    t.integer('credit_memo_id')
      .notNullable()
      .references('id')
      .inTable('sales_credit_memos')
      .onDelete('CASCADE');
    t.integer('order_item_id')
      .notNullable()
      .references('id')
      .inTable('sales_order_items')
      .onDelete('CASCADE');
    t.integer('qty').notNullable();
    moneyZero(t, ['price', 'tax_amount', 'discount_amount', 'row_total']);
    t.boolean('back_to_stock').notNullable().defaultTo(false);
    t.unique(['credit_memo_id', 'order_item_id'], {
      indexName: 'sales_credit_memo_items_credit_memo_id_order_item_id_unique',
    });
    t.index(['order_item_id'], 'sales_credit_memo_items_order_item_id_index');
    t.check('"qty" > 0', undefined, 'sales_credit_memo_items_qty_check');
  });
  await rawAll(knex, [
    'alter sequence sales_credit_memo_increment_seq owned by sales_credit_memos.increment_id',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_credit_memo_items');
  await knex.schema.dropTable('sales_credit_memos');
  await knex.raw('drop sequence if exists sales_credit_memo_increment_seq');
}
