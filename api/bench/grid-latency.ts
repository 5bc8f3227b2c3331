// The Amazon orders grid at scale, as a user meets it: N Amazon orders (default 100,000) seeded set-based
// (generate_series, bench/seed) into a database of its own (orderdesk_bench_grid, kept between runs; seeded
// again when it holds another N, or with --reseed), the panel and API served by the real server, and
// Chromium (playwright-core; /usr/bin/chromium or $PLAYWRIGHT_CHROMIUM_EXECUTABLE) timing, per run:
// navigation to the grid's first page shown (a new browser context each time, so nothing is cached), a
// status tab's answer (its rows shown), a sort change's answer. Then the API alone (first page, status
// counts), the CSV export of every order (time, rows, this process's RSS growth), and the panel's initial
// JavaScript gzipped (admin-ui/dist, build it first). Prints figures; asserts nothing.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:grid [orders] [--runs 5] [--reseed]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { initialJsGzipBytes } from './grid/initial-js-size.js';
import { exportFigures, median, timeApi } from './grid/api-figures.js';
import { openBenchDatabase, startBenchApi, type BenchApi } from './seed/bench-database.js';
import { seedOrders } from './seed/seed-orders.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, reseed: { type: 'boolean', default: false } },
});
const orders = Number(positionals[0] ?? 100_000);
const runs = Number(values.runs);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new Error('bench:grid runs on PostgreSQL: set DATABASE_URL (a server it may create databases on)');
const DATABASE = 'orderdesk_bench_grid';
const ADMIN_UI_DIST = path.resolve(import.meta.dirname, '..', '..', 'admin-ui', 'dist');
const TABS = ['Unshipped', 'Shipped', 'Canceled', 'Pending', 'Partially shipped'];
const log = (message: string) => process.stderr.write(`${message}\n`);

let db = await openBenchDatabase(serverUrl, DATABASE, { fresh: values.reseed });
const held = Number((await db.knex('amazon_orders').count({ count: '*' }).first())?.count ?? 0);
if (held !== orders) {
  if (held > 0) {
    await db.close();
    db = await openBenchDatabase(serverUrl, DATABASE, { fresh: true });
  }
  log(`seeding ${orders} Amazon orders into ${DATABASE}…`);
  await seedOrders(db.knex, { orders, onProgress: log });
}
const api = await startBenchApi(db, { adminUiDist: ADMIN_UI_DIST });
const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

/** A logged-in page (a context of its own: no cache), as the support user, who may read everything. */
async function newPage(b: Browser, app: BenchApi): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1440, height: 900 } });
  const login = await context.request.post(`${app.url}/api/auth/login`, {
    data: { username: 'support', password: 'bench-demo-password' },
  });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  return context.newPage();
}

/** What the page function below reads of the page (this package's types know no DOM). */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

/** Clicks, then waits for the grid's list answer and for its first row to show it: the user's wait. */
async function timeGridChange(page: Page, click: () => Promise<void>): Promise<number> {
  const started = performance.now();
  const answer = page.waitForResponse((res) => /\/api\/amazon-orders\?/.test(res.url()));
  await click();
  const [first] = (await (await answer).json()) as { id: string }[];
  figures.answeredMs.push(performance.now() - started);
  await page.waitForFunction(
    (id) =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('table tbody tr')
        ?.textContent?.includes(id) === true,
    first?.id ?? '',
  );
  return performance.now() - started;
}

const figures = {
  navigationMs: [] as number[],
  statusTabMs: [] as number[],
  sortMs: [] as number[],
  /** Of the tab and sort changes: until the list's answer reached the browser (the rest is rendering). */
  answeredMs: [] as number[],
};
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await newPage(browser, api);
    const started = performance.now();
    await page.goto(`${api.url}/#/amazon-orders`);
    await page.locator('table tbody tr').first().waitFor();
    figures.navigationMs.push(performance.now() - started);
    const tab = TABS[run % TABS.length]!;
    figures.statusTabMs.push(
      await timeGridChange(page, () => page.getByRole('tab', { name: new RegExp(`^${tab} \\(`) }).click()),
    );
    figures.sortMs.push(
      await timeGridChange(page, () => page.getByRole('button', { name: /^Sort by order total/ }).click()),
    );
    await page.context().close();
    log(`run ${run + 1}/${runs}`);
  }
  const client = await api.loginAs('support');
  const report = {
    database: DATABASE,
    amazonOrders: orders,
    runs,
    browser: {
      navigationToFirstPageMs: summary(figures.navigationMs),
      statusTabAnswerMs: summary(figures.statusTabMs),
      sortChangeAnswerMs: summary(figures.sortMs),
      changeAnswerReceivedMs: summary(figures.answeredMs),
    },
    api: {
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

function summary(values: number[]) {
  return {
    median: Math.round(median(values)),
    min: Math.round(Math.min(...values)),
    max: Math.round(Math.max(...values)),
  };
}
