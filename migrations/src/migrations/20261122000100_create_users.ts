import type { Knex } from 'knex';
import { ROLES } from '../constants.js';
import { checkIn, timestamps } from '../lib/schema.js';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.text('username').notNullable().unique({ indexName: 'users_username_unique' });
    t.text('password_hash').notNullable();
    t.text('role').notNullable();
    t.text('full_name').notNullable();
    t.text('email').nullable();
    t.boolean('is_active').notNullable().defaultTo(true);
    timestamps(knex, t);
    checkIn(t, 'users', 'role', ROLES);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('users');
}
