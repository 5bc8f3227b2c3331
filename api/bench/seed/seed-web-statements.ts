// Web orders (Commerce orders placed in the store itself, no Amazon order behind them): the shoppers' own
// e-mail addresses, items of the same catalog, no shipments. Totals are set from the items afterwards.
import {
  lineQuantityOf,
  lineSkuIndexOf,
  itemCountOf,
  skuOf,
  skuPriceOf,
  skuTitleOf,
  uniform,
} from './order-shapes.js';
import type { CatalogShape } from './order-shapes.js';
import { nameOf, OPEN_DAYS, type Names, type Statement } from './seed-statements.js';

/** Keys of web orders start here, apart from Amazon order numbers. */
const WEB_KEY_BASE = 1_000_000_000;

export function webBatchStatements(params: {
  count: number;
  names: Names;
  catalog: CatalogShape;
  /** Distinguishes this batch's orders from earlier ones. */
  salt: number;
}): Statement[] {
  const { count, names, catalog, salt } = params;
  const keys = [WEB_KEY_BASE + salt + 1, WEB_KEY_BASE + salt + count];
  const local = (part: string) =>
    `regexp_replace(lower(split_part(w.name, ' ', ${part})), '[^a-z]', '', 'g')`;
  const orders = `    insert into sales_orders (status, channel, customer_name, customer_email, currency, payment_method,
      shipping_method, created_at, updated_at)
    select w.status, 'web', w.name,
      ${local('1')} || '.' || ${local('2')} || (w.key % 100)
        || '@' || (array['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'example.com'])[1 + w.key % 5],
      'USD', 'checkmo', 'flatrate_flatrate', w.created, w.created
    from (select n as key, ${nameOf('n', names)} as name,
            now() - make_interval(secs => ${uniform('n * 11 + 4')} * 730 * 86400) as created,
            case when ${uniform('n * 11 + 3')} < 0.6 then 'complete'
              -- Open (processing, pending) only in the last two weeks; older ones are complete.
              when ${uniform('n * 11 + 3')} < 0.88 and ${uniform('n * 11 + 4')} * 730 > ${OPEN_DAYS} then 'complete'
              when ${uniform('n * 11 + 3')} < 0.8 then 'processing'
              when ${uniform('n * 11 + 3')} < 0.88 then 'pending' when ${uniform('n * 11 + 3')} < 0.98 then 'canceled'
              else 'closed' end as status
          from generate_series(?::bigint, ?::bigint) n) w
    order by w.key`;
  // The new web orders are those still without a total.
  const items = `insert into sales_order_items (order_id, sku, name, qty_ordered, qty_invoiced, qty_shipped,
      qty_canceled, price, row_total, created_at, updated_at)
    select so.id, ${skuOf('q.idx')}, ${skuTitleOf('q.idx')}, q.qty,
      case when so.status in ('complete', 'closed') then q.qty else 0 end,
      case when so.status in ('complete', 'closed') then q.qty else 0 end,
      case when so.status = 'canceled' then q.qty else 0 end,
      ${skuPriceOf('q.idx')}, ${skuPriceOf('q.idx')} * q.qty, so.created_at, so.created_at
    from sales_orders so
    cross join lateral generate_series(1, ${itemCountOf('so.id::bigint')}) k
    cross join lateral (select ${lineSkuIndexOf('so.id::bigint', 'k', catalog)} as idx,
      ${lineQuantityOf('so.id::bigint', 'k')} as qty) q
    where so.channel = 'web' and so.grand_total = 0`;
  const totals = `update sales_orders so set subtotal = t.total, grand_total = t.total,
      total_invoiced = case when so.status in ('complete', 'closed') then t.total else 0 end,
      total_paid = case when so.status in ('complete', 'closed') then t.total else 0 end,
      total_canceled = case when so.status = 'canceled' then t.total else 0 end
    from (select i.order_id, sum(i.row_total) as total from sales_order_items i
            join sales_orders s on s.id = i.order_id and s.channel = 'web' and s.grand_total = 0
           group by i.order_id) t
    where so.id = t.order_id`;
  return [
    { sql: orders, bindings: keys },
    { sql: items, bindings: [] },
    { sql: totals, bindings: [] },
  ];
}
