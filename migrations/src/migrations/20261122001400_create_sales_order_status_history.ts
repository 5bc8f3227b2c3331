import type { Knex } from 'knex';
import { COMMERCE_ORDER_STATUSES } from '../constants.js';
import { checkIn, timestamptz } from '../lib/schema.js';

// Comments History of a Commerce order (Magento sales_order_status_history).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales_order_status_history', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.text('status').nullable();
    t.text('comment').nullable();
    t.boolean('is_customer_notified').notNullable().defaultTo(false);
    t.text('author').nullable().comment('display name kept after the user is gone');
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.index(['order_id', 'created_at'], 'sales_order_status_history_order_id_created_at_index');
    checkIn(t, 'sales_order_status_history', 'status', COMMERCE_ORDER_STATUSES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sales_order_status_history');
}
