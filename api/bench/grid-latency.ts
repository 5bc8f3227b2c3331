// The Amazon orders grid at scale, as a user meets it: N Amazon orders (default 100,000) seeded set-based
// (generate_series, bench/seed) into a database of its own (orderdesk_bench_grid, kept between runs; seeded
// again when it holds another N, or with --reseed), the panel and API served by the real server, and
// Chromium (playwright-core; /usr/bin/chromium or $PLAYWRIGHT_CHROMIUM_EXECUTABLE) timing, per run (a new
// browser context, logged in before any timing): a cold load to the grid's first page painted, a status
// tab's and a sort change's rows painted, a warm reload (grid/browser-figures.ts), with counts that do not
// depend on the machine's speed (API requests, scripts, React commits, long tasks). Then the API alone
// (first page, status counts), the CSV export of every order (time, rows, this process's RSS growth), and
// the panel's initial JavaScript gzipped. The panel is admin-ui/dist (build it first) or $ADMIN_UI_DIST.
// Prints figures; asserts nothing.
// --browser-only skips the API figures and the export.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:grid [orders] [--runs 5] [--reseed] [--browser-only]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { browserFigures } from './grid/browser-figures.js';
import { initialJsGzipBytes } from './grid/initial-js-size.js';
import { exportFigures, timeApi } from './grid/api-figures.js';
import { startBenchApi } from './seed/bench-database.js';
import { openSeededDatabase } from './suite/bench-db.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    reseed: { type: 'boolean', default: false },
    'browser-only': { type: 'boolean', default: false },
  },
});
const orders = Number(positionals[0] ?? 100_000);
const runs = Number(values.runs);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('bench:grid runs on PostgreSQL: set DATABASE_URL (a server it may create databases on)');
const DATABASE = 'orderdesk_bench_grid';
const ADMIN_UI_DIST =
  process.env.ADMIN_UI_DIST || path.resolve(import.meta.dirname, '..', '..', 'admin-ui', 'dist');
const log = (message: string) => process.stderr.write(`${message}\n`);

const { db } = await openSeededDatabase(
  { serverUrl, database: DATABASE, orders, reseed: values.reseed },
  log,
);
const api = await startBenchApi(db, { adminUiDist: ADMIN_UI_DIST });
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

try {
  const browserReport = await browserFigures(browser, api.url, 'bench-demo-password', runs);
  const client = await api.loginAs('support');
  const report = {
    database: DATABASE,
    amazonOrders: orders,
    runs,
    browser: browserReport,
    api: values['browser-only']
      ? null
      : {
          firstPageMs: await timeApi(client, '/api/amazon-orders?range=[0,24]', runs),
          unshippedByTotalMs: await timeApi(
            client,
            `/api/amazon-orders?filter=${encodeURIComponent('{"status":"Unshipped"}')}&sort=${encodeURIComponent('["order_total","DESC"]')}&range=[0,24]`,
            runs,
          ),
          statusCountsMs: await timeApi(client, '/api/amazon-orders/status-counts', runs),
          exportAll: await exportFigures(api.url, client),
        },
    adminUiInitialJsGzipBytes: initialJsGzipBytes(ADMIN_UI_DIST),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  await api.close();
  await db.close();
}
