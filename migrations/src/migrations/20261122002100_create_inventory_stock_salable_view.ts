import type { Knex } from 'knex';

// Stock with its reservations summed: reserved is shown positive, salable = on_hand - reserved.
// Integers, not bigint, so node-pg answers numbers rather than strings.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create view inventory_stock_salable as
    select s.sku,
           s.name,
           s.on_hand,
           (-coalesce(r.total, 0))::integer as reserved,
           (s.on_hand + coalesce(r.total, 0))::integer as salable,
           s.is_enabled
      from inventory_stock s
      left join (
        select sku, sum(quantity) as total from inventory_reservations group by sku
      ) r on r.sku = s.sku
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop view if exists inventory_stock_salable');
}
