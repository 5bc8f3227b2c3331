import type { Knex } from 'knex';
import { rawAll, timestamps } from '../lib/schema.js';

// Customer accounts made for Amazon buyers when a store's Customer Creation is new_customer.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customers', (t) => {
    t.increments('id');
    t.text('email').notNullable();
    t.text('firstname').nullable();
    t.text('lastname').nullable();
    t.text('name').nullable();
    timestamps(knex, t);
  });
  await rawAll(knex, ['create unique index customers_email_unique on customers (lower(email))']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('customers');
}
