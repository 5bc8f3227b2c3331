import type { Knex } from 'knex';

// Never two syncs of one store at once, across processes: a sync takes a lease on its store row
// (owner + expiry, renewed while it runs). A crashed worker's lease simply runs out.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('amazon_stores', (t) => {
    t.text('sync_lease_owner').nullable();
    t.timestamp('sync_lease_until', { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('amazon_stores', (t) => {
    t.dropColumn('sync_lease_owner');
    t.dropColumn('sync_lease_until');
  });
}
