// The set-based statements of one seeding batch. Every random choice is a hash of the order's number
// (order-shapes.ts), so statements written apart agree on what an order holds.
import type { Knex } from 'knex';
import {
  itemCountOf,
  lineQuantityOf,
  lineSkuIndexOf,
  skewedIndex,
  skuOf,
  skuPriceOf,
  skuTitleOf,
  uniform,
  type CatalogShape,
} from './order-shapes.js';

export interface Statement {
  sql: string;
  bindings: readonly Knex.RawBinding[];
}

/** How many first and last names the seed_first_names and seed_last_names tables hold. */
export interface Names {
  first: number;
  last: number;
}

/** The tables of buyers' names for this transaction (looked up by number: an array per row is slow). */
export function nameTables(first: string[], last: string[]): Statement[] {
  const tables: [string, string[]][] = [
    ['seed_first_names', first],
    ['seed_last_names', last],
  ];
  return tables.flatMap(([table, names]) => [
    {
      sql: `create temporary table ${table} (i int primary key, name text not null) on commit drop`,
      bindings: [],
    },
    {
      sql: `insert into ${table} select i, name from unnest(?::text[]) with ordinality as u(name, i)`,
      bindings: [names],
    },
  ]);
}

export const nameOf = (key: string, names: Names) =>
  `(select name from seed_first_names where i = 1 + ${skewedIndex(`${key} * 11 + 5`, names.first, 1.3)})
   || ' ' || (select name from seed_last_names where i = 1 + ${skewedIndex(`${key} * 11 + 6`, names.last, 1.3)})`;

/** The lines of order `key`: their count, units, units of the first line, and total. */
export const linesOf = (key: string, catalog: CatalogShape) => `cross join lateral (
    select count(*)::int as lines, sum(q.qty)::int as units,
           (sum(q.qty) filter (where k = 1))::int as first_units, sum(${skuPriceOf('q.idx')} * q.qty) as total
      from generate_series(1, ${itemCountOf(key)}) k
      cross join lateral (select ${lineSkuIndexOf(key, 'k', catalog)} as idx, ${lineQuantityOf(key, 'k')} as qty) q
  ) t`;

/** Orders older than this many days are no longer open (pending, unshipped, partly shipped). */
export const OPEN_DAYS = 14;

const MARKETS = {
  prefix: 'array[111, 202, 302]',
  currency: "array['USD', 'GBP', 'EUR']",
  marketplace: "array['ATVPDKIKX0DER', 'A1F83G8C2ARO7P', 'A1PA6795UKMFR9']",
  channel: "array['Amazon.com', 'Amazon.co.uk', 'Amazon.de']",
};

/** Amazon orders `from`..`to` (their ids), their items, Commerce orders, shipments and tracking. */
export function amazonBatchStatements(params: {
  from: number;
  to: number;
  /** The last order number of the whole seeding: orders are spread over two years up to now, in order. */
  last: number;
  stores: number[];
  names: Names;
  catalog: CatalogShape;
}): Statement[] {
  const { from, to, last, stores, names, catalog } = params;
  const range = [from, to];
  const orders = `    insert into amazon_orders (id, store_id, amazon_order_id, status, purchase_date, last_update_date, buyer_name,
      buyer_email, order_total, currency, fulfillment_channel, marketplace_id, sales_channel, order_type,
      ship_service_level, shipment_service_level_category, number_of_items_shipped, number_of_items_unshipped,
      earliest_ship_date, latest_ship_date, is_prime, is_business_order, import_state, canceled_by, canceled_at,
      created_at, updated_at)
    select n, (?::int[])[a.s],
      ((${MARKETS.prefix})[a.s] + n % 4) || '-' || lpad(((n * 7919) % 10000000)::text, 7, '0') || '-'
        || lpad(((hashint8(n * 13) & 2147483647) % 10000000)::text, 7, '0'),
      st.status, a.purchased, a.purchased + interval '3 days',
      case when st.status <> 'Pending' then ${nameOf('n', names)} end,
      case when st.status <> 'Pending' then substr(md5(n::text), 1, 15) || '@marketplace.amazon.com' end,
      t.total, (${MARKETS.currency})[a.s], a.channel, (${MARKETS.marketplace})[a.s], (${MARKETS.channel})[a.s],
      'StandardOrder', 'Std Domestic', 'Standard',
      case st.status when 'Shipped' then t.units when 'PartiallyShipped' then t.first_units else 0 end,
      case st.status when 'Shipped' then 0 when 'Canceled' then 0
        when 'PartiallyShipped' then t.units - t.first_units else t.units end,
      a.purchased + interval '1 day', a.purchased + interval '3 days',
      ${uniform('n * 11 + 7')} < 0.4, ${uniform('n * 11 + 8')} < 0.05,
      case when (a.channel = 'MFN' and st.status in ('Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled'))
             or (a.channel = 'AFN' and st.status = 'Shipped') then 'imported' else 'not_imported' end,
      case when st.status = 'Canceled' then 'buyer' end,
      case when st.status = 'Canceled' then a.purchased + interval '6 hours' end,
      a.purchased, a.purchased + interval '3 days'
    from generate_series(?::bigint, ?::bigint) n
    cross join lateral (select
      case when ${uniform('n * 11 + 1')} < 0.7 then 1 when ${uniform('n * 11 + 1')} < 0.9 then 2 else 3 end as s,
      case when ${uniform('n * 11 + 2')} < 0.3 then 'AFN' else 'MFN' end as channel,
      ${uniform('n * 11 + 3')} as r,
      -- Orders arrive in time: the order number grows with the purchase date (give or take two hours).
      now() - make_interval(secs => (${last} - n)::float8 / ${last} * 730 * 86400
        + ${uniform('n * 11 + 4')} * 7200) as purchased) a
    ${linesOf('n', catalog)}
    -- Orders of the last two weeks are in every state; older ones have settled, as on a real account:
    -- shipped, or canceled if they never left Pending (so "awaiting shipment" is days of orders, not years).
    cross join lateral (select case
      when a.purchased >= now() - interval '${OPEN_DAYS} days' or s0.status in ('Shipped', 'Canceled', 'Unfulfillable')
        then s0.status
      when s0.status = 'Pending' then 'Canceled'
      else 'Shipped' end as status
    from (select case
      when a.r < 0.72 then 'Shipped'
      when a.r < 0.80 then case when a.channel = 'AFN' then 'Shipped' else 'Unshipped' end
      when a.r < 0.84 then 'Pending'
      when a.r < 0.93 then 'Canceled'
      when a.r < 0.96 then case when a.channel = 'AFN' or t.lines = 1 then 'Shipped' else 'PartiallyShipped' end
      when a.r < 0.98 then 'InvoiceUnconfirmed'
      else 'Unfulfillable' end as status) s0) st`;
  const items = `insert into amazon_order_items (order_id, order_item_id, asin, seller_sku, title, quantity_ordered,
      quantity_shipped, item_price, item_tax, currency, created_at, updated_at)
    select o.id, lpad(((hashint8(o.id) & 2147483647)::bigint * 100 + k)::text, 14, '0'),
      'B0' || upper(substr(md5(q.idx::text), 1, 8)), ${skuOf('q.idx')}, ${skuTitleOf('q.idx')}, q.qty,
      case when o.status = 'Shipped' or (o.status = 'PartiallyShipped' and k = 1) then q.qty else 0 end,
      ${skuPriceOf('q.idx')} * q.qty, round(${skuPriceOf('q.idx')} * q.qty * 0.08, 2), o.currency,
      o.purchase_date, o.purchase_date
    from amazon_orders o
    cross join lateral generate_series(1, ${itemCountOf('o.id')}) k
    cross join lateral (select ${lineSkuIndexOf('o.id', 'k', catalog)} as idx, ${lineQuantityOf('o.id', 'k')} as qty) q
    where o.id between ? and ?`;
  const commerce = `insert into sales_orders (status, channel, amazon_order_id, customer_name, customer_email, currency,
      subtotal, grand_total, total_invoiced, total_paid, total_canceled, payment_method, shipping_method,
      shipping_description, created_at, updated_at)
    select case o.status when 'Shipped' then 'complete' when 'Canceled' then 'canceled' else 'processing' end,
      'amazon', o.id, o.buyer_name, o.buyer_email, o.currency, o.order_total, o.order_total,
      case when o.status in ('Shipped', 'PartiallyShipped') then o.order_total else 0 end,
      case when o.status in ('Shipped', 'PartiallyShipped') then o.order_total else 0 end,
      case when o.status = 'Canceled' then o.order_total else 0 end,
      'amazon_payment', 'amazon_standard', o.ship_service_level, o.purchase_date, o.last_update_date
    from amazon_orders o where o.id between ? and ? and o.import_state = 'imported' order by o.id`;
  const commerceItems = `insert into sales_order_items (order_id, sku, name, qty_ordered, qty_invoiced, qty_shipped,
      qty_canceled, price, tax_amount, row_total, amazon_order_item_id, created_at, updated_at)
    select so.id, ai.seller_sku, ai.title, ai.quantity_ordered,
      case when o.status in ('Shipped', 'PartiallyShipped') then ai.quantity_ordered else 0 end,
      ai.quantity_shipped, case when o.status = 'Canceled' then ai.quantity_ordered else 0 end,
      round(ai.item_price / ai.quantity_ordered, 2), ai.item_tax, ai.item_price, ai.id, ai.created_at, ai.created_at
    from amazon_orders o join sales_orders so on so.amazon_order_id = o.id
    join amazon_order_items ai on ai.order_id = o.id
    where o.id between ? and ?`;
  const shipments = `insert into sales_shipments (order_id, total_qty, created_at, updated_at)
    select so.id, o.number_of_items_shipped, o.purchase_date + interval '1 day', o.purchase_date + interval '1 day'
    from amazon_orders o join sales_orders so on so.amazon_order_id = o.id
    where o.id between ? and ? and o.fulfillment_channel = 'MFN' and o.status in ('Shipped', 'PartiallyShipped')
    order by so.id`;
  // The batch's shipments: those of its orders' Commerce orders (found through the unique amazon_order_id).
  const batchShipments = `sales_shipments sh join sales_orders so on so.id = sh.order_id
    and so.amazon_order_id between ? and ?`;
  const shipmentItems = `insert into sales_shipment_items (shipment_id, order_item_id, qty)
    select sh.id, soi.id, soi.qty_shipped from ${batchShipments}
    join sales_order_items soi on soi.order_id = so.id and soi.qty_shipped > 0`;
  const carrier = uniform('sh.id::bigint * 5');
  const tracks = `insert into sales_shipment_tracks (shipment_id, carrier_code, title, track_number, created_at)
    select sh.id, c.code,
      case c.code when 'ups' then 'United Parcel Service' when 'usps' then 'United States Postal Service'
        else 'Federal Express' end,
      case c.code
        when 'ups' then '1Z' || upper(substr(md5(sh.id::text), 1, 6))
          || lpad(((hashint8(sh.id::bigint) & 2147483647) % 10000000000)::text, 10, '0')
        when 'usps' then '9400' || lpad(sh.id::text, 10, '0')
          || lpad(((hashint8(sh.id::bigint * 3) & 2147483647) % 100000000)::text, 8, '0')
        else lpad((sh.id::bigint * 7919 + 100000000000)::text, 12, '0') end,
      sh.created_at
    from ${batchShipments}
    cross join lateral (select case when ${carrier} < 0.4 then 'ups' when ${carrier} < 0.75 then 'usps'
      else 'fedex' end as code) c`;
  const amazonTracking = `insert into amazon_order_tracking (order_id, carrier_code, carrier_name, shipping_method,
      tracking_number, ship_date, sales_shipment_id, confirmed_at, created_at, updated_at)
    select so.amazon_order_id, case t.carrier_code when 'ups' then 'UPS' when 'usps' then 'USPS' else 'FedEx' end,
      t.title, 'Standard', t.track_number, t.created_at, sh.id, t.created_at + interval '5 minutes',
      t.created_at, t.created_at
    from ${batchShipments} join sales_shipment_tracks t on t.shipment_id = sh.id`;
  return [
    { sql: orders, bindings: [stores, ...range] },
    { sql: items, bindings: range },
    { sql: commerce, bindings: range },
    { sql: commerceItems, bindings: range },
    { sql: shipments, bindings: range },
    { sql: shipmentItems, bindings: range },
    { sql: tracks, bindings: range },
    { sql: amazonTracking, bindings: range },
  ];
}
