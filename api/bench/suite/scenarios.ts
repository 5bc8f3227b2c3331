// What the benchmark asks the API, as the panel asks it: the two order grids with real filter, sort and page
// combinations (deep pages and status counts included), every search key, Amazon Order Details and the
// dashboard. Values come from the seeded data, so every request finds something.
import type { Knex } from 'knex';
import { SEARCH_KEYS, sampleTerms } from '../search-terms.js';

export type ScenarioGroup = 'amazon grid' | 'commerce grid' | 'search' | 'details' | 'dashboard' | 'floor';

export interface Scenario {
  name: string;
  group: ScenarioGroup;
  /** Paths asked in turn (several: different terms or orders, so no answer is the same page twice). */
  paths: string[];
  /** Held to the issue's latency and API/SQL targets. */
  targeted: boolean;
}

const PAGE = 24;
const TERMS_PER_KEY = 20;
const DETAIL_ORDERS = 50;

/** `/api/<resource>?filter=..&sort=..&range=..` as ra-data-simple-rest sends it. */
export function listPath(
  resource: string,
  query: { filter?: Record<string, unknown>; sort?: [string, 'ASC' | 'DESC']; from?: number },
): string {
  const params = new URLSearchParams();
  if (query.filter) params.set('filter', JSON.stringify(query.filter));
  if (query.sort) params.set('sort', JSON.stringify(query.sort));
  const from = query.from ?? 0;
  params.set('range', JSON.stringify([from, from + PAGE]));
  return `/api/${resource}?${params.toString()}`;
}

export async function buildScenarios(knex: Knex, orders: number): Promise<Scenario[]> {
  const stores: number[] = await knex('amazon_stores').orderBy('id').pluck('id');
  const secondStore = stores[1] ?? stores[0]!;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const middle = Math.floor(orders / 2 / 25) * 25;
  const page1000 = Math.min(25_000, Math.floor(orders / 8 / 25) * 25);
  const amazon = (name: string, query: Parameters<typeof listPath>[1]): Scenario => ({
    name: `amazon: ${name}`,
    group: 'amazon grid',
    paths: [listPath('amazon-orders', query)],
    targeted: true,
  });
  const commerce = (name: string, query: Parameters<typeof listPath>[1]): Scenario => ({
    name: `commerce: ${name}`,
    group: 'commerce grid',
    paths: [listPath('orders', query)],
    targeted: true,
  });
  const counts = (name: string, filter?: Record<string, unknown>): Scenario => ({
    name: `amazon: ${name}`,
    group: 'amazon grid',
    paths: [
      `/api/amazon-orders/status-counts${filter ? `?filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`,
    ],
    targeted: true,
  });
  const grids: Scenario[] = [
    amazon('first page (purchase date desc)', {}),
    amazon('Unshipped tab', { filter: { status: 'Unshipped' } }),
    amazon('Shipped by total desc', { filter: { status: 'Shipped' }, sort: ['order_total', 'DESC'] }),
    amazon('store 2, MFN, by buyer name', {
      filter: { store_id: secondStore, fulfillment_channel: 'MFN' },
      sort: ['buyer_name', 'ASC'],
    }),
    amazon('last 30 days by total desc', {
      filter: { purchase_date_gte: daysAgo(30) },
      sort: ['order_total', 'DESC'],
    }),
    amazon('Canceled by latest ship date', {
      filter: { status: 'Canceled' },
      sort: ['latest_ship_date', 'ASC'],
    }),
    amazon('not imported by last update', {
      filter: { import_state: 'not_imported' },
      sort: ['last_update_date', 'DESC'],
    }),
    amazon('total 100-200, oldest first', {
      filter: { order_total_gte: 100, order_total_lte: 200 },
      sort: ['purchase_date', 'ASC'],
    }),
    amazon('awaiting shipment (MFN, Unshipped or partly)', {
      filter: { fulfillment_channel: 'MFN', status: ['Unshipped', 'PartiallyShipped'] },
    }),
    amazon('buyer name contains "mar"', { filter: { buyer_name: 'mar' } }),
    amazon(`deep page (rows ${middle}+)`, { from: middle }),
    amazon(`deep page of Shipped (rows ${page1000}+)`, { filter: { status: 'Shipped' }, from: page1000 }),
    counts('status tab counts'),
    counts('status tab counts, store 2, last 30 days', {
      store_id: secondStore,
      purchase_date_gte: daysAgo(30),
    }),
    commerce('first page (created desc)', {}),
    commerce('processing', { filter: { status: 'processing' } }),
    commerce('web by grand total desc', { filter: { channel: 'web' }, sort: ['grand_total', 'DESC'] }),
    commerce('complete, oldest first', { filter: { status: 'complete' }, sort: ['created_at', 'ASC'] }),
    commerce('last 7 days', { filter: { created_at_gte: daysAgo(7) } }),
    commerce('grand total 50-100 by total desc', {
      filter: { grand_total_gte: 50, grand_total_lte: 100 },
      sort: ['grand_total', 'DESC'],
    }),
    commerce('by customer name', { sort: ['customer_name', 'ASC'] }),
    commerce('amazon, canceled, by number desc', {
      filter: { channel: 'amazon', status: 'canceled' },
      sort: ['increment_id', 'DESC'],
    }),
    commerce('by status', { sort: ['status', 'ASC'] }),
    commerce(`deep page (rows ${Math.floor(middle * 0.9)}+)`, { from: Math.floor(middle * 0.9) }),
    commerce(`deep page of complete (rows ${page1000}+)`, { filter: { status: 'complete' }, from: page1000 }),
  ];
  const terms = await sampleTerms(knex, TERMS_PER_KEY);
  const searches: Scenario[] = SEARCH_KEYS.flatMap((key) =>
    (['amazon-orders', 'orders'] as const).map((resource) => ({
      name: `search ${resource === 'orders' ? 'commerce' : 'amazon'}: ${key}`,
      group: 'search' as const,
      paths: terms[key].map((q) => listPath(resource, { filter: { q } })),
      targeted: true,
    })),
  );
  const orderIds: string[] = await knex
    .select('amazon_order_id')
    .from(knex.raw('amazon_orders tablesample system (1)'))
    .limit(DETAIL_ORDERS)
    .pluck('amazon_order_id');
  return [
    ...grids,
    ...searches,
    {
      name: 'Amazon Order Details',
      group: 'details',
      paths: orderIds.map((id) => `/api/amazon-orders/${encodeURIComponent(id)}`),
      targeted: true,
    },
    { name: 'dashboard', group: 'dashboard', paths: ['/api/dashboard?tz=Europe%2FMadrid'], targeted: true },
    { name: 'health (HTTP floor)', group: 'floor', paths: ['/api/health'], targeted: false },
  ];
}
