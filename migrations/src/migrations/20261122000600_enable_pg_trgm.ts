import type { Knex } from 'knex';

// Trigram indexes make substring search (ILIKE '%...%') on names and numbers fast.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pg_trgm');
}

// The extension is left in place: it belongs to the database, and something else may use it.
export async function down(): Promise<void> {}
