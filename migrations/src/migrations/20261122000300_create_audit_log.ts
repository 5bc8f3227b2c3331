import type { Knex } from 'knex';
import { rawAll, timestamptz } from '../lib/schema.js';

// username is copied so the trail still reads after a user is deleted (user_id then becomes null).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    timestamptz(knex, t, 'at', { defaultNow: true });
    t.integer('user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
    t.text('username').nullable();
    t.text('action').notNullable();
    t.text('resource').notNullable();
    t.text('record_id').nullable();
    t.jsonb('details').nullable();
  });
  await rawAll(knex, [
    'create index audit_log_at_index on audit_log (at desc)',
    'create index audit_log_resource_record_id_index on audit_log (resource, record_id)',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
