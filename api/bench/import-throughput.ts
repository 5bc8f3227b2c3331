// Import throughput: N generated orders in the sandbox (usage plans off), one sync of the demo store,
// end to end over HTTP into PostgreSQL. Prints orders/s and the process's peak resident memory.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:import [orders]
// Without DATABASE_URL it measures the embedded PGlite.
import type { Knex } from 'knex';
const orders = Number(process.argv[2] ?? 5000);
// Read by the test support when it loads: set it first, then load it.
process.env.TEST_DB = process.env.DATABASE_URL ? 'postgres' : 'embedded';
const { startTestSandbox } = await import('../test/support/sandbox.js');
const { demoStoreId, plentyOfStock, syncOnce } = await import('../test/support/sync-helpers.js');
const { startTestServer } = await import('../test/support/test-server.js');
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const sandbox = await startTestSandbox();
const server = await startTestServer({ sandboxPort: sandbox.port });
try {
  const storeId = await demoStoreId(server.knex);
  await plentyOfStock(server.knex);
  for (let made = 0; made < orders; made += 5000) {
    const count = Math.min(5000, orders - made);
    await sandbox.control('/_sandbox/orders', {
      count,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      age_seconds: 600,
      brief: true,
    });
  }
  const sqlTimes = process.env.BENCH_SQL_PROFILE ? profileStatements(server.knex) : null;
  const started = performance.now();
  const run = await syncOnce(server.services.sync, storeId);
  const seconds = (performance.now() - started) / 1000;
  console.warn(
    JSON.stringify({
      database: process.env.TEST_DB,
      orders,
      status: run.status,
      created: run.created,
      blocked: run.blocked,
      seconds: Number(seconds.toFixed(2)),
      ordersPerSecond: Math.round(orders / seconds),
      peakRssMb: Math.round(peakRss / 1048576),
    }),
  );
  if (sqlTimes) console.warn(sqlTimes());
} finally {
  clearInterval(sampler);
  await server.close();
  await sandbox.close();
}

/** BENCH_SQL_PROFILE=1: the statements that took the most time, by their first words. */
function profileStatements(knex: Knex): () => string {
  const startedAt = new Map<string, number>();
  const totals = new Map<string, { ms: number; count: number }>();
  knex.on('query', (query: { __knexQueryUid: string }) =>
    startedAt.set(query.__knexQueryUid, performance.now()),
  );
  knex.on('query-response', (_: unknown, query: { __knexQueryUid: string; sql: string }) => {
    const began = startedAt.get(query.__knexQueryUid);
    if (began === undefined) return;
    startedAt.delete(query.__knexQueryUid);
    const key = query.sql.replace(/\s+/g, ' ').slice(0, 60);
    const total = totals.get(key) ?? { ms: 0, count: 0 };
    total.ms += performance.now() - began;
    total.count += 1;
    totals.set(key, total);
  });
  return () =>
    [...totals]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 15)
      .map(([sql, { ms, count }]) => `${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(6)}x  ${sql}`)
      .join('\n');
}

export {};
