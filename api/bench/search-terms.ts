// What staff type into the order grids' search box, drawn from the seeded orders: every term finds at
// least one Commerce order (and its Amazon order), so both grids answer something for each.
import type { Knex } from 'knex';

export const SEARCH_KEYS = [
  'order number',
  'order number start',
  'increment id',
  'name part',
  'full name',
  'email',
  'email start',
  'sku',
  'tracking',
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];

interface SampledOrder {
  amazon_order_id: string;
  increment_id: string;
  buyer_name: string;
  buyer_email: string;
  sku: string;
  track_number: string | null;
}

/** `count` terms per key, from as many random imported orders (tracking: from random shipped ones). */
export async function sampleTerms(knex: Knex, count: number): Promise<Record<SearchKey, string[]>> {
  const orders = await sampleOrders(knex, count, false);
  const shipped = await sampleOrders(knex, count, true);
  const lastName = (order: SampledOrder) => order.buyer_name.split(' ').at(-1) ?? order.buyer_name;
  return {
    'order number': orders.map((o) => o.amazon_order_id),
    // "114-1234567-..." typed up to its ninth character.
    'order number start': orders.map((o) => o.amazon_order_id.slice(0, 9)),
    'increment id': orders.map((o) => o.increment_id),
    // The start of the surname in lower case ("smit" for Jane Smith).
    'name part': orders.map((o) => lastName(o).slice(0, 4).toLowerCase()),
    'full name': orders.map((o) => o.buyer_name),
    // Pasted in capitals: the match ignores case.
    email: orders.map((o) => o.buyer_email.toUpperCase()),
    'email start': orders.map((o) => o.buyer_email.slice(0, 8)),
    sku: orders.map((o) => o.sku.toLowerCase()),
    tracking: shipped.map((o) => o.track_number!),
  };
}

async function sampleOrders(knex: Knex, count: number, shipped: boolean): Promise<SampledOrder[]> {
  const total = Number((await knex('amazon_orders').count({ count: '*' }).first())?.count ?? 0);
  // Enough rows read at random that `count` of them qualify, without reading the table.
  const percent = Math.min(100, (count * 50 * 100) / Math.max(1, total));
  const { rows } = await knex.raw<{ rows: SampledOrder[] }>(
    `select o.amazon_order_id, so.increment_id, o.buyer_name, o.buyer_email,
            (select ai.seller_sku from amazon_order_items ai where ai.order_id = o.id order by ai.id limit 1) as sku,
            (select t.track_number from sales_shipments sh join sales_shipment_tracks t on t.shipment_id = sh.id
              where sh.order_id = so.id limit 1) as track_number
       from amazon_orders o tablesample bernoulli (?)
       join sales_orders so on so.amazon_order_id = o.id
      where o.buyer_name is not null
        and (not ? or exists (select 1 from sales_shipments sh where sh.order_id = so.id))
      order by random() limit ?`,
    [percent, shipped, count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} orders to draw search terms from`);
  return rows;
}
