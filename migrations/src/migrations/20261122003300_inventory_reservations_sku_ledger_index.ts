import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// Catalog > Stock shows each SKU's reservation ledger newest first, a page at a time. On (sku) alone the
// page of a busy SKU reads and sorts all of its rows; on (sku, id) it is the index's first entries, and
// the total is an index-only count. The new index answers every lookup the old one did (the foreign key
// to inventory_stock included), so the old one goes.
export async function up(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'create index inventory_reservations_sku_id_index on inventory_reservations (sku, id)',
    'drop index inventory_reservations_sku_index',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'create index inventory_reservations_sku_index on inventory_reservations (sku)',
    'drop index inventory_reservations_sku_id_index',
  ]);
}
