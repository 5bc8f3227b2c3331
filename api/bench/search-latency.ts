// Search latency at scale: N Amazon orders (default 1,000,000) with items, Commerce orders, shipments and
// web orders, seeded set-based into a database of its own (--database, default pnpm bench's orderdesk_bench;
// kept between runs, seeded again when it holds another N, or with --reseed), then, per key of the search box (order number whole or
// its start, increment id, part of a name, full name, e-mail whole or its start, SKU, tracking), a number of
// different terms searched in both grids through the HTTP API (logged in as support) and as the bare SQL the
// list runs (page and total): p50, p95 and max per key and grid. Each plan is checked for sequential scans.
// --grids also times the grids' common filters and sorts, first page and page 2,000 (list-combinations.ts);
// --concurrency runs that many requests at once; --exact-count-limit sets the API's (default 10,000); --keys
// measures only these keys (comma-separated, e.g. "name part,sku").
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:search [orders] [--samples 30] [--reseed]
//     [--plans] [--grids] [--concurrency 1] [--exact-count-limit 10000] [--keys name part,sku] [--database NAME]
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { amazonOrderStatusCounts, type StatusCounts } from '../src/channels/amazon/orders/status-counts.js';
import { DEFAULT_EXACT_COUNT_LIMIT } from '../src/http/list-count.js';
import type { ApiClient } from '../test/support/api-client.js';
import { DEEP_PAGE_START, listCombinations } from './list-combinations.js';
import {
  figures,
  GRIDS,
  listSql,
  listUrl,
  printTable,
  quantile,
  seqScans,
  timeConcurrently,
  type Grid,
  type ListParams,
} from './list-timing.js';
import { startCpuAccounting } from './cpu-accounting.js';
import { startBenchApi } from './seed/bench-database.js';
import { openSeededDatabase } from './suite/bench-db.js';
import { SEARCH_KEYS, sampleTerms } from './search-terms.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    samples: { type: 'string', default: '30' },
    reseed: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    grids: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '1' },
    'exact-count-limit': { type: 'string', default: String(DEFAULT_EXACT_COUNT_LIMIT) },
    keys: { type: 'string' },
    database: { type: 'string', default: 'orderdesk_bench' },
  },
});
const orders = Number(positionals[0] ?? 1_000_000);
const samples = Number(values.samples);
const concurrency = Number(values.concurrency);
const exactCountLimit = Number(values['exact-count-limit']);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('bench:search runs on PostgreSQL: set DATABASE_URL (a server it may create databases on)');
/** pnpm bench's database by default: both hold 1,000,000 orders. */
const DATABASE = values.database;
/** Times in ms; cpu: ms per call of this process (API and client; for SQL the client) / of PostgreSQL. */
const COLUMNS = ['http p50', 'p95', 'max', 'cpu node/pg', 'sql p50', 'p95', 'max', 'cpu node/pg'];

const { db } = await openSeededDatabase(
  { serverUrl, database: DATABASE, orders, reseed: values.reseed },
  (line) => console.warn(line),
);

const api = await startBenchApi(db, { listExactCountLimit: exactCountLimit });
const scans: string[] = [];
try {
  const support = await api.loginAs('support');
  // Separate terms for HTTP and SQL, so that neither measures pages the other has just read.
  const terms = await sampleTerms(db.knex, samples * 2 + 3);
  const rows: string[][] = [];
  const keys = values.keys ? values.keys.split(',') : SEARCH_KEYS;
  for (const key of SEARCH_KEYS.filter((name) => keys.includes(name))) {
    for (const grid of GRIDS) {
      for (const warmUp of terms[key].slice(samples * 2))
        await listSql(db.knex, grid, { filter: { q: warmUp } });
      const asked = (slice: string[]) => slice.map((q): ListParams => ({ filter: { q } }));
      const measured = await measure(
        support,
        grid,
        asked(terms[key].slice(0, samples)),
        asked(terms[key].slice(samples, samples * 2)),
      );
      scans.push(...(await seqScans(db.knex, grid, key, { filter: { q: terms[key][0]! } }, planOptions())));
      rows.push([key, grid.name, measured.hits, measured.approximate, ...measured.http, ...measured.sql]);
    }
    console.warn(`measured ${key}`);
  }
  printTable(['key', 'grid', 'hits p50', 'approx', ...COLUMNS], rows);
  if (values.grids) await measureCombinations(support);
  const { rows: settings } = await db.knex.raw<{ rows: { shared_buffers: string }[] }>('show shared_buffers');
  console.warn(
    `\n${orders} Amazon orders, ${samples} samples per row at concurrency ${concurrency}, times in ms; exact ` +
      `counts up to ${exactCountLimit}; shared_buffers ${settings[0]!.shared_buffers}, load average ` +
      `${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} on ${cpus().length} CPUs.`,
  );
  console.warn(scans.length ? `Sequential scans:\n${scans.join('\n')}` : 'No sequential scan in any plan.');
} finally {
  await api.close();
  await db.close();
}

function planOptions() {
  return { print: values.plans, exactCountLimit };
}

/** HTTP (its own lists) and bare SQL (its own lists) at the chosen concurrency; hits and approximate totals from HTTP. */
async function measure(support: ApiClient, grid: Grid, http: ListParams[], sql: ListParams[]) {
  const hits: number[] = [];
  let approximate = 0;
  const httpCpu = await startCpuAccounting(db.knex, null);
  const httpTimes = await timeConcurrently(
    http.map((params) => async () => {
      const res = await support.get(listUrl(grid, params));
      if (res.status !== 200) throw new Error(`${listUrl(grid, params)}: ${res.status} ${res.text}`);
      hits.push(Number(res.headers.get('content-range')?.split('/')[1] ?? 0));
      if (res.headers.get('x-total-approximate')) approximate += 1;
    }),
    concurrency,
  );
  const httpUsed = await httpCpu.stop();
  const sqlCpu = await startCpuAccounting(db.knex, null);
  const sqlTimes = await timeConcurrently(
    sql.map((params) => () => listSql(db.knex, grid, params, exactCountLimit)),
    concurrency,
  );
  const sqlUsed = await sqlCpu.stop();
  return {
    hits: String(quantile(hits, 0.5)),
    approximate: `${approximate}/${http.length}`,
    http: [...figures(httpTimes), cpuPerCall(httpUsed, http.length)],
    sql: [...figures(sqlTimes), cpuPerCall(sqlUsed, sql.length)],
  };
}

/** The status tabs' counts under a combination's filter (its own status ignored), over HTTP and bare. */
async function measureStatusCounts(support: ApiClient, name: string, filter: Record<string, unknown>) {
  const path = `/api/amazon-orders/status-counts?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
  let total = '';
  let approximate = 0;
  const httpCpu = await startCpuAccounting(db.knex, null);
  const http = await timeConcurrently(
    Array.from({ length: samples }, () => async () => {
      const res = await support.get<StatusCounts>(path);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
      total = String(res.body.total);
      if (Object.keys(res.body.approximate).length > 0) approximate += 1;
    }),
    concurrency,
  );
  const httpUsed = await httpCpu.stop();
  const sqlCpu = await startCpuAccounting(db.knex, null);
  const sql = await timeConcurrently(
    Array.from(
      { length: samples },
      () => () => amazonOrderStatusCounts(db.knex, JSON.stringify(filter), exactCountLimit),
    ),
    concurrency,
  );
  const sqlUsed = await sqlCpu.stop();
  return [
    `${name}, status tabs`,
    'amazon',
    total,
    `${approximate}/${samples}`,
    ...figures(http),
    cpuPerCall(httpUsed, samples),
    ...figures(sql),
    cpuPerCall(sqlUsed, samples),
  ];
}

/** CPU ms per call: this process (API and client, or client alone) / PostgreSQL's backends of the database. */
function cpuPerCall(used: { workerMs: number; postgresMs: number | null }, calls: number): string {
  const pg = used.postgresMs === null ? '?' : (used.postgresMs / calls).toFixed(1);
  return `${(used.workerMs / calls).toFixed(1)}/${pg}`;
}

/** The grids' filters and sorts (list-combinations.ts), the same list asked `samples` times. */
async function measureCombinations(support: ApiClient) {
  const rows: string[][] = [];
  for (const combination of await listCombinations(db.knex)) {
    const grid = GRIDS.find((candidate) => candidate.name === combination.grid)!;
    for (const start of [0, DEEP_PAGE_START]) {
      const params: ListParams = {
        filter: combination.filter,
        sort: combination.sort,
        range: [start, start + 24],
      };
      await listSql(db.knex, grid, params, exactCountLimit);
      const repeated = Array.from({ length: samples }, () => params);
      const measured = await measure(support, grid, repeated, repeated);
      const label = `${combination.name}, page ${start / 25 + 1}`;
      scans.push(...(await seqScans(db.knex, grid, label, params, planOptions())));
      rows.push([label, grid.name, measured.hits, measured.approximate, ...measured.http, ...measured.sql]);
    }
    if (grid.name === 'amazon')
      rows.push(await measureStatusCounts(support, combination.name, combination.filter));
  }
  console.warn('');
  printTable(['list', 'grid', 'total', 'approx', ...COLUMNS], rows);
}
