// What staff do in the two order grids besides searching (bench:search --grids): a status tab, a store, a
// date range, buyer cancel requests, sorted by date, total or status, on the first page and on page 2,000
// (rows 49,975-49,999). Dates are relative to the newest seeded order, so that a range holds a month of orders.
import type { Knex } from 'knex';

export interface ListCombination {
  name: string;
  grid: 'amazon' | 'commerce';
  filter: Record<string, unknown>;
  sort: [string, 'ASC' | 'DESC'];
}

export const DEEP_PAGE_START = 49_975;

/** The combinations, the date ranges ending at the newest order of each grid. */
export async function listCombinations(knex: Knex): Promise<ListCombination[]> {
  const amazonEnd = await newest(knex, 'amazon_orders', 'purchase_date');
  const commerceEnd = await newest(knex, 'sales_orders', 'created_at');
  const monthBefore = (end: Date) => new Date(end.getTime() - 30 * 86_400_000).toISOString();
  return [
    { name: 'newest first', grid: 'amazon', filter: {}, sort: ['purchase_date', 'DESC'] },
    {
      name: 'Unshipped tab',
      grid: 'amazon',
      filter: { status: 'Unshipped' },
      sort: ['purchase_date', 'DESC'],
    },
    { name: 'one store', grid: 'amazon', filter: { store_id: 2 }, sort: ['purchase_date', 'DESC'] },
    {
      name: 'a month by total',
      grid: 'amazon',
      filter: { purchase_date_gte: monthBefore(amazonEnd), purchase_date_lte: amazonEnd.toISOString() },
      sort: ['order_total', 'DESC'],
    },
    {
      name: 'Unshipped by total',
      grid: 'amazon',
      filter: { status: 'Unshipped' },
      sort: ['order_total', 'DESC'],
    },
    {
      name: 'buyer cancel requests',
      grid: 'amazon',
      filter: { buyer_cancel_requested: true },
      sort: ['purchase_date', 'DESC'],
    },
    { name: 'by status', grid: 'amazon', filter: {}, sort: ['status', 'ASC'] },
    { name: 'newest first', grid: 'commerce', filter: {}, sort: ['created_at', 'DESC'] },
    { name: 'processing', grid: 'commerce', filter: { status: 'processing' }, sort: ['created_at', 'DESC'] },
    {
      name: 'a month by total',
      grid: 'commerce',
      filter: { created_at_gte: monthBefore(commerceEnd), created_at_lte: commerceEnd.toISOString() },
      sort: ['grand_total', 'DESC'],
    },
    { name: 'web orders', grid: 'commerce', filter: { channel: 'web' }, sort: ['created_at', 'DESC'] },
  ];
}

async function newest(knex: Knex, table: string, column: string): Promise<Date> {
  const row = await knex(table).max({ newest: column }).first();
  return new Date(row?.newest ?? Date.now());
}
