import type { Knex } from 'knex';
import { rawAll } from '../lib/schema.js';

// The ledger stays the truth; summing it per SKU grows with history, so each ledger insert also moves a
// `reserved` counter on the stock row, in the same statement's transaction (a trigger: no code path can
// skip it). salable = on_hand - reserved is then one row read. Tests check counter == ledger sum.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('inventory_stock', (t) => {
    t.integer('reserved').notNullable().defaultTo(0);
  });
  await rawAll(knex, [
    `update inventory_stock s
        set reserved = coalesce((select -sum(r.quantity) from inventory_reservations r where r.sku = s.sku), 0)`,
    `create function inventory_reservations_move_reserved() returns trigger
     language plpgsql as $$
     begin
       update inventory_stock set reserved = reserved - new.quantity where sku = new.sku;
       return null;
     end
     $$`,
    `create trigger inventory_reservations_move_reserved
       after insert on inventory_reservations
       for each row execute function inventory_reservations_move_reserved()`,
    'drop view inventory_stock_salable',
    `create view inventory_stock_salable as
     select sku, name, on_hand, reserved, (on_hand - reserved)::integer as salable, is_enabled
       from inventory_stock`,
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await rawAll(knex, [
    'drop view inventory_stock_salable',
    `create view inventory_stock_salable as
     select s.sku, s.name, s.on_hand,
            (-coalesce(r.total, 0))::integer as reserved,
            (s.on_hand + coalesce(r.total, 0))::integer as salable,
            s.is_enabled
       from inventory_stock s
       left join (select sku, sum(quantity) as total from inventory_reservations group by sku) r on r.sku = s.sku`,
    'drop trigger inventory_reservations_move_reserved on inventory_reservations',
    'drop function inventory_reservations_move_reserved()',
  ]);
  await knex.schema.alterTable('inventory_stock', (t) => {
    t.dropColumn('reserved');
  });
}
