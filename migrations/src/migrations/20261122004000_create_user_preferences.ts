import type { Knex } from 'knex';
import { timestamptz } from '../lib/schema.js';

// Per-user settings of the panel, e.g. a grid's saved queries (like Magento's ui_bookmark): kept on the
// server so that they survive logout (react-admin empties its local store then) and follow the user.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('user_preferences', (t) => {
    t.integer('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.text('key').notNullable();
    t.jsonb('value').notNullable();
    timestamptz(knex, t, 'updated_at', { defaultNow: true });
    t.primary(['user_id', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('user_preferences');
}
