import type { Knex } from 'knex';

// A store is picked by its name everywhere in the panel (the Store filter, the sync log): two stores of one
// name, in any case, could not be told apart. The API checks first and answers 409; this is the last word.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create unique index amazon_stores_name_unique on amazon_stores (lower(name))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index amazon_stores_name_unique');
}
