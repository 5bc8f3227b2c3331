import type { Knex } from 'knex';
import { rawAll, timestamptz } from '../lib/schema.js';

// Failed calls to Amazon (HTTP status, Amazon's error code, request id), for the Communication errors screen.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_communication_errors', (t) => {
    t.increments('id');
    t.integer('store_id').nullable().references('id').inTable('amazon_stores').onDelete('SET NULL');
    t.text('operation').notNullable().comment("SP-API operation, e.g. 'getOrders'");
    t.integer('status').nullable().comment('HTTP status; null when no answer came (network, timeout)');
    t.text('code').nullable();
    t.text('message').notNullable();
    t.text('request_id').nullable();
    t.integer('sync_run_id').nullable().references('id').inTable('amazon_sync_runs').onDelete('SET NULL');
    t.bigInteger('outbox_id').nullable().references('id').inTable('outbox').onDelete('SET NULL');
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.index(['sync_run_id'], 'amazon_communication_errors_sync_run_id_index');
    t.index(['outbox_id'], 'amazon_communication_errors_outbox_id_index');
  });
  await rawAll(knex, [
    'create index amazon_communication_errors_created_at_index on amazon_communication_errors (created_at desc)',
    `create index amazon_communication_errors_store_id_created_at_index
       on amazon_communication_errors (store_id, created_at desc)`,
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_communication_errors');
}
