import type { Knex } from 'knex';
import { RESERVATION_CAUSES } from '../constants.js';
import { checkIn, rawAll, timestamptz } from '../lib/schema.js';

// The append-only reservation ledger (Magento MSI inventory_reservation). Negative quantity reserves,
// positive compensates; salable = on_hand + sum(quantity). The unique key makes each compensation
// happen at most once per order item, cause and reference, whoever triggers it: a second writer gets
// a unique violation (or inserts with ON CONFLICT DO NOTHING) instead of moving stock twice.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inventory_reservations', (t) => {
    t.bigIncrements('id');
    t.text('sku').notNullable().references('sku').inTable('inventory_stock').onDelete('RESTRICT');
    t.integer('quantity').notNullable();
    t.text('cause').notNullable();
    t.text('order_item_key').notNullable().comment("e.g. 'amazon-item:123'");
    t.text('reference').notNullable().defaultTo('').comment("e.g. a shipment id; '' when there is one");
    t.jsonb('metadata').nullable();
    timestamptz(knex, t, 'created_at', { defaultNow: true });
    t.unique(['order_item_key', 'cause', 'reference'], {
      indexName: 'inventory_reservations_order_item_key_cause_reference_unique',
    });
    t.index(['sku'], 'inventory_reservations_sku_index');
    t.check('"quantity" <> 0', undefined, 'inventory_reservations_quantity_check');
    checkIn(t, 'inventory_reservations', 'cause', RESERVATION_CAUSES);
  });
  await rawAll(knex, [
    `create function inventory_reservations_append_only() returns trigger
     language plpgsql as $$
     begin
       raise exception 'inventory_reservations is append-only: % is not allowed', tg_op
         using errcode = 'restrict_violation',
               hint = 'Insert a compensating reservation instead.';
     end
     $$`,
    `create trigger inventory_reservations_append_only
       before update or delete on inventory_reservations
       for each row execute function inventory_reservations_append_only()`,
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('inventory_reservations');
  await knex.raw('drop function if exists inventory_reservations_append_only()');
}
