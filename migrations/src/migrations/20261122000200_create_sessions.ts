import type { Knex } from 'knex';
import { timestamptz } from '../lib/schema.js';

// The cookie carries a random token; only its SHA-256 is stored, so a database leak yields no sessions.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.text('id').primary().comment('sha256 hex of the cookie token');
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    timestamptz(knex, t, 'last_seen_at', { defaultNow: true });
    timestamptz(knex, t, 'expires_at').notNullable();
    t.text('ip').nullable();
    t.text('user_agent').nullable();
    t.index(['expires_at'], 'sessions_expires_at_index');
    t.index(['user_id'], 'sessions_user_id_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
}
