// Search latency at scale: N Amazon orders (default 1,000,000) with items, Commerce orders, shipments and
// web orders, seeded set-based into a database of its own (orderdesk_bench_search, kept between runs; seeded
// again when it holds another N, or with --reseed), then, per key of the search box (order number whole or
// its start, increment id, part of a name, full name, e-mail whole or its start, SKU, tracking), a number of
// different terms searched in both grids through the HTTP API (logged in as support) and as the bare SQL the
// list runs (page and count): p50, p95 and max per key and grid. Each plan is checked for sequential scans.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:search [orders] [--samples 30] [--reseed] [--plans]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { amazonOrdersList } from '../src/channels/amazon/orders/list-spec.js';
import { amazonOrderQuery } from '../src/channels/amazon/orders/repository.js';
import { parseListQuery, runList, type ListSpec } from '../src/http/list-query.js';
import { orderRecordQuery, ordersList } from '../src/sales/routes.js';
import { openBenchDatabase, startBenchApi } from './seed/bench-database.js';
import { seedOrders } from './seed/seed-orders.js';
import { SEARCH_KEYS, sampleTerms, type SearchKey } from './search-terms.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    samples: { type: 'string', default: '30' },
    reseed: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
  },
});
const orders = Number(positionals[0] ?? 1_000_000);
const samples = Number(values.samples);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('bench:search runs on PostgreSQL: set DATABASE_URL (a server it may create databases on)');
const DATABASE = 'orderdesk_bench_search';

interface Grid {
  name: string;
  path: string;
  spec: ListSpec;
  query: (knex: Knex) => Knex.QueryBuilder;
}
const GRIDS: Grid[] = [
  { name: 'amazon', path: '/api/amazon-orders', spec: amazonOrdersList, query: amazonOrderQuery },
  { name: 'commerce', path: '/api/orders', spec: ordersList, query: orderRecordQuery },
];
const BIG_TABLES =
  /^(amazon_orders|amazon_order_items|amazon_order_tracking|sales_orders|sales_order_items|sales_shipments|sales_shipment_tracks)$/;

let db = await openBenchDatabase(serverUrl, DATABASE, { fresh: values.reseed });
const held = Number((await db.knex('amazon_orders').count({ count: '*' }).first())?.count ?? 0);
if (held !== orders) {
  if (held > 0) {
    await db.close();
    db = await openBenchDatabase(serverUrl, DATABASE, { fresh: true });
  }
  const counts = await seedOrders(db.knex, { orders, onProgress: (line) => console.warn(`seed: ${line}`) });
  console.warn(`seeded ${JSON.stringify(counts)}`);
} else console.warn(`${DATABASE} already holds ${orders} Amazon orders (--reseed to seed again)`);

const api = await startBenchApi(db);
try {
  const support = await api.loginAs('support');
  // Separate terms for HTTP and SQL, so that neither measures pages the other has just read.
  const terms = await sampleTerms(db.knex, samples * 2 + 3);
  const rows: string[][] = [];
  const scans: string[] = [];
  for (const key of SEARCH_KEYS) {
    const http = terms[key].slice(0, samples);
    const sql = terms[key].slice(samples, samples * 2);
    for (const grid of GRIDS) {
      for (const warmUp of terms[key].slice(samples * 2)) await listSql(grid, warmUp);
      const httpTimes: number[] = [];
      const hits: number[] = [];
      for (const term of http) {
        const started = performance.now();
        const res = await support.get(
          `${grid.path}?filter=${encodeURIComponent(JSON.stringify({ q: term }))}`,
        );
        httpTimes.push(performance.now() - started);
        if (res.status !== 200) throw new Error(`${grid.path} q=${term}: ${res.status} ${res.text}`);
        hits.push(Number(res.headers.get('content-range')?.split('/')[1] ?? 0));
      }
      const sqlTimes: number[] = [];
      for (const term of sql) {
        const started = performance.now();
        await listSql(grid, term);
        sqlTimes.push(performance.now() - started);
      }
      scans.push(...(await seqScans(grid, key, http[0]!)));
      rows.push([key, grid.name, String(quantile(hits, 0.5)), ...figures(httpTimes), ...figures(sqlTimes)]);
    }
    console.warn(`measured ${key}`);
  }
  printTable(['key', 'grid', 'hits p50', 'http p50', 'p95', 'max', 'sql p50', 'p95', 'max'], rows);
  const { rows: settings } = await db.knex.raw<{ rows: { shared_buffers: string }[] }>('show shared_buffers');
  console.warn(
    `\n${orders} Amazon orders, ${samples} terms per key and grid, times in ms; shared_buffers ` +
      `${settings[0]!.shared_buffers}, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} ` +
      `on ${cpus().length} CPUs.`,
  );
  console.warn(scans.length ? `Sequential scans:\n${scans.join('\n')}` : 'No sequential scan in any plan.');
} finally {
  await api.close();
  await db.close();
}

async function listSql(grid: Grid, term: string) {
  const list = parseListQuery({ filter: JSON.stringify({ q: term }) }, grid.spec);
  return runList(grid.query(db.knex), list);
}

/** Sequential scans of the big tables in the plans of the page and the count. */
async function seqScans(grid: Grid, key: SearchKey, term: string): Promise<string[]> {
  const list = parseListQuery({ filter: JSON.stringify({ q: term }) }, grid.spec);
  const filtered = grid.query(db.knex).where(list.where);
  const page = filtered.clone().limit(25);
  for (const { column, order } of list.orderBy) page.orderByRaw(`${column} ${order}`);
  const count = filtered.clone().clearSelect().count({ count: '*' });
  const found: string[] = [];
  for (const [name, query] of [
    ['page', page],
    ['count', count],
  ] as const) {
    const analyze = values.plans ? 'analyze, ' : '';
    const plan = await db.knex.raw<{ rows: { 'QUERY PLAN': unknown }[] }>(
      `explain (${analyze}format json) ${query.toString()}`,
    );
    const text = JSON.stringify(plan.rows[0]!['QUERY PLAN']);
    for (const match of text.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"(\w+)"/g))
      if (BIG_TABLES.test(match[1]!)) found.push(`  ${grid.name} ${key} (${name}): ${match[1]}`);
    if (values.plans) console.warn(`--- ${grid.name} ${key} "${term}" ${name}\n${text}`);
  }
  return found;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function figures(times: number[]): string[] {
  return [0.5, 0.95, 1].map((q) => quantile(times, q).toFixed(1));
}

function printTable(header: string[], body: string[][]) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...body.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.warn([line(header), ...body.map(line)].join('\n'));
}
