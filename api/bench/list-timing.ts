// Helpers of bench:search: the two grids as the API lists them, timing calls a few at a time, the plans'
// sequential scans, and the printed table.
import type { Knex } from 'knex';
import pLimit from 'p-limit';
import { amazonOrdersList } from '../src/channels/amazon/orders/list-spec.js';
import { amazonOrderQuery } from '../src/channels/amazon/orders/repository.js';
import { cappedCount } from '../src/http/list-count.js';
import { pageQuery, runList } from '../src/http/list-pages.js';
import { parseListQuery, type ListSpec } from '../src/http/list-query.js';
import { orderRecordQuery, ordersList } from '../src/sales/routes.js';

export interface Grid {
  name: 'amazon' | 'commerce';
  path: string;
  spec: ListSpec;
  query: (knex: Knex) => Knex.QueryBuilder;
  /** The table alone, as the route passes it to runList (keys and count). */
  from?: (knex: Knex) => Knex.QueryBuilder;
}

export const GRIDS: Grid[] = [
  { name: 'amazon', path: '/api/amazon-orders', spec: amazonOrdersList, query: amazonOrderQuery },
  {
    name: 'commerce',
    path: '/api/orders',
    spec: ordersList,
    query: orderRecordQuery,
    from: (knex) => knex('sales_orders as so'),
  },
];

export interface ListParams {
  filter: Record<string, unknown>;
  sort?: [string, string];
  range?: [number, number];
}

const BIG_TABLES =
  /^(amazon_orders|amazon_order_items|amazon_order_tracking|sales_orders|sales_order_items|sales_shipments|sales_shipment_tracks)$/;

/** The list's query string, as ra-data-simple-rest sends it. */
export function listUrl(grid: Grid, params: ListParams): string {
  const query = new URLSearchParams({ filter: JSON.stringify(params.filter) });
  if (params.sort) query.set('sort', JSON.stringify(params.sort));
  if (params.range) query.set('range', JSON.stringify(params.range));
  return `${grid.path}?${query}`;
}

function parse(grid: Grid, params: ListParams) {
  return parseListQuery(
    {
      filter: JSON.stringify(params.filter),
      ...(params.sort ? { sort: JSON.stringify(params.sort) } : {}),
      ...(params.range ? { range: JSON.stringify(params.range) } : {}),
    },
    grid.spec,
  );
}

/** The page and the total as the API reads them, without HTTP. */
export function listSql(knex: Knex, grid: Grid, params: ListParams, exactCountLimit?: number) {
  return runList(grid.query(knex), parse(grid, params), { from: grid.from?.(knex), exactCountLimit });
}

/** Runs every task, `concurrency` at a time, and answers each one's time in ms. */
export async function timeConcurrently(tasks: (() => Promise<unknown>)[], concurrency: number) {
  const limit = pLimit(concurrency);
  return Promise.all(
    tasks.map((task) =>
      limit(async () => {
        const started = performance.now();
        await task();
        return performance.now() - started;
      }),
    ),
  );
}

/** Sequential scans of the big tables in the plans of the page and the capped count (printed with --plans). */
export async function seqScans(
  knex: Knex,
  grid: Grid,
  label: string,
  params: ListParams,
  options: { print: boolean; exactCountLimit: number },
): Promise<string[]> {
  const list = parse(grid, params);
  const from = grid.from?.(knex) ?? grid.query(knex);
  const page = pageQuery(grid.query(knex), list, from).toSQL();
  const count = cappedCount(from.clone().where(list.where), options.exactCountLimit);
  const found: string[] = [];
  for (const [name, { sql, bindings }] of [
    ['page', page],
    ['count', count],
  ] as const) {
    const analyze = options.print ? 'analyze, buffers, ' : '';
    const plan = await knex.raw<{ rows: { 'QUERY PLAN': unknown }[] }>(
      `explain (${analyze}format json) ${sql}`,
      [...bindings],
    );
    const text = JSON.stringify(plan.rows[0]!['QUERY PLAN']);
    for (const match of text.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"(\w+)"/g))
      if (BIG_TABLES.test(match[1]!)) found.push(`  ${grid.name} ${label} (${name}): ${match[1]}`);
    if (options.print) console.warn(`--- ${grid.name} ${label} ${JSON.stringify(params)} ${name}\n${text}`);
  }
  return found;
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** p50, p95 and max, in ms with one decimal. */
export function figures(times: number[]): string[] {
  return [0.5, 0.95, 1].map((q) => quantile(times, q).toFixed(1));
}

export function printTable(header: string[], body: string[][], textColumns = 2) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.warn([line(header), ...body.map(line)].join('\n'));
}
