import type { Knex } from 'knex';
import { timestamptz } from '../lib/schema.js';

// E-mails sent to buyers (an order comment with "notify"), kept so the admin can show what was sent. Without
// SMTP_URL (demo, tests) this table is the only place they go. sales_orders.hold_before_status, which
// Hold/Unhold need, already exists (20261122001100).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbound_emails', (t) => {
    t.increments('id');
    t.integer('order_id').nullable().references('id').inTable('sales_orders').onDelete('CASCADE');
    t.text('to').notNullable();
    t.text('subject').notNullable();
    t.text('body').notNullable();
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.index(['order_id', 'created_at'], 'outbound_emails_order_id_created_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbound_emails');
}
