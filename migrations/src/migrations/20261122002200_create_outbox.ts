import type { Knex } from 'knex';
import { OUTBOX_STATUSES } from '../constants.js';
import { checkIn, rawAll, timestamps, timestamptz } from '../lib/schema.js';

// Outbound work to Amazon, written in the same transaction as the change that causes it and worked
// off with retries (claim with FOR UPDATE SKIP LOCKED). dead = gave up; staff can retry it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox', (t) => {
    t.bigIncrements('id');
    t.text('kind').notNullable().comment("e.g. 'amazon.cancel_order', 'amazon.confirm_shipment'");
    t.integer('store_id').nullable().references('id').inTable('amazon_stores').onDelete('CASCADE');
    t.text('aggregate_type').notNullable();
    t.text('aggregate_id').notNullable();
    t.jsonb('payload').notNullable().defaultTo(knex.raw("'{}'::jsonb"));
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('max_attempts').notNullable().defaultTo(8);
    timestamptz(knex, t, 'next_attempt_at', { defaultNow: true });
    timestamptz(knex, t, 'locked_at');
    t.text('locked_by').nullable();
    t.text('last_error').nullable();
    t.jsonb('result').nullable();
    t.text('idempotency_key').nullable().unique({ indexName: 'outbox_idempotency_key_unique' });
    timestamps(knex, t);
    checkIn(t, 'outbox', 'status', OUTBOX_STATUSES);
    t.check('"attempts" >= 0', undefined, 'outbox_attempts_check');
    t.check('"max_attempts" > 0', undefined, 'outbox_max_attempts_check');
  });
  await rawAll(knex, [
    'create index outbox_status_next_attempt_at_index on outbox (status, next_attempt_at)',
    'create index outbox_aggregate_index on outbox (aggregate_type, aggregate_id)',
    'create index outbox_store_id_index on outbox (store_id)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbox');
}
