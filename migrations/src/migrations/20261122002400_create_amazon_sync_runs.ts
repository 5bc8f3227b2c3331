import type { Knex } from 'knex';
import { SYNC_RUN_STATUSES, SYNC_TRIGGERS } from '../constants.js';
import { checkIn, checkNonNegative, rawAll, timestamptz } from '../lib/schema.js';

const COUNTERS = ['pages', 'orders_seen', 'created', 'updated', 'canceled', 'blocked', 'errors'] as const;

// One row per sync of one store: the window asked for and what came of it (the Sync log).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('amazon_sync_runs', (t) => {
    t.increments('id');
    t.integer('store_id').notNullable().references('id').inTable('amazon_stores').onDelete('CASCADE');
    timestamptz(knex, t, 'started_at', { defaultNow: true });
    timestamptz(knex, t, 'finished_at');
    t.text('status').notNullable().defaultTo('running');
    t.text('trigger').notNullable().defaultTo('schedule');
    timestamptz(knex, t, 'window_from');
    timestamptz(knex, t, 'window_to');
    for (const counter of COUNTERS) t.integer(counter).notNullable().defaultTo(0);
    t.text('error_message').nullable();
    checkIn(t, 'amazon_sync_runs', 'status', SYNC_RUN_STATUSES);
    checkIn(t, 'amazon_sync_runs', 'trigger', SYNC_TRIGGERS);
    checkNonNegative(t, 'amazon_sync_runs', COUNTERS);
    t.check(
      `("status" = 'running') = ("finished_at" is null)`,
      undefined,
      'amazon_sync_runs_finished_at_check',
    );
  });
  await rawAll(knex, [
    'create index amazon_sync_runs_store_id_started_at_index on amazon_sync_runs (store_id, started_at desc)',
    'create index amazon_sync_runs_started_at_index on amazon_sync_runs (started_at desc)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('amazon_sync_runs');
}
