import type { Knex } from 'knex';
import { timestamps } from '../lib/schema.js';

// Physical quantity per SKU (Magento MSI source item, single source). Salable quantity is this
// minus the reservations ledger; see the inventory_stock_salable view.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inventory_stock', (t) => {
    t.text('sku').primary();
    t.text('name').notNullable();
    t.integer('on_hand').notNullable().defaultTo(0);
    t.boolean('is_enabled').notNullable().defaultTo(true);
    timestamps(knex, t);
    t.check('"on_hand" >= 0', undefined, 'inventory_stock_on_hand_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('inventory_stock');
}
