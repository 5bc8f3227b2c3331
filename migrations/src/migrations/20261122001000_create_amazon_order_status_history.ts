import type { Knex } from 'knex';
import { AMAZON_HISTORY_SOURCES, AMAZON_ORDER_STATUSES, CANCELLATION_STATES } from '../constants.js';
import { checkIn, timestamptz } from '../lib/schema.js';

// What happened to an Amazon order and who did it (sync, staff, the system, Amazon).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_order_status_history', (t) => {
    t.bigIncrements('id');
    t.bigInteger('order_id').notNullable().references('id').inTable('amazon_orders').onDelete('CASCADE');
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.text('status').notNullable();
    t.text('cancellation_state').nullable();
    t.text('source').notNullable();
    t.text('comment').nullable();
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.index(['order_id', 'created_at'], 'amazon_order_status_history_order_id_created_at_index');
    checkIn(t, 'amazon_order_status_history', 'status', AMAZON_ORDER_STATUSES);
    checkIn(t, 'amazon_order_status_history', 'cancellation_state', CANCELLATION_STATES);
    checkIn(t, 'amazon_order_status_history', 'source', AMAZON_HISTORY_SOURCES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_order_status_history');
}
