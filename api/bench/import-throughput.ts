// Import throughput: N generated orders in the sandbox (usage plans off), one sync of the demo store,
// end to end over HTTP into PostgreSQL. The sandbox runs in its own process, as Amazon would be; this
// process is the API's worker. Prints orders/s and the worker's memory as the backlog goes through.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:import [orders]
// Without DATABASE_URL it measures the embedded PGlite. BENCH_SQL_PROFILE=1 adds the slowest statements.
import type { Knex } from 'knex';
import { pino } from 'pino';
import { startCpuAccounting } from './cpu-accounting.js';

const orders = Number(process.argv[2] ?? 5000);
// Read by the test support when it loads: set it first, then load it (dynamic imports only: a static one
// is evaluated before this line, and one that reaches the test support made the bench measure PGlite).
process.env.TEST_DB = process.env.DATABASE_URL ? 'postgres' : 'embedded';
process.env.SANDBOX_RATE_LIMITS = '0';
const { freePort } = await import('../resilience/support/app-process.js');
const { queueUnshippedOrders } = await import('./suite/import-bench.js');
const { startSandboxProcess } = await import('../src/demo/sandbox-process.js');
const { demoStoreId, plentyOfStock, syncOnce } = await import('../test/support/sync-helpers.js');
const { startTestServer } = await import('../test/support/test-server.js');

const port = await freePort();
const sandbox = await startSandboxProcess({ port, orderRate: 0 }, pino({ level: 'warn' }));
const server = await startTestServer({ sandboxPort: port });
try {
  const storeId = await demoStoreId(server.knex);
  await plentyOfStock(server.knex);
  await queueUnshippedOrders(sandbox, orders, (queued) =>
    process.stderr.write(`\rbacklog: ${queued} orders in the sandbox`),
  );
  process.stderr.write('\n');
  global.gc?.();
  const memory = sampleMemory(server.knex, orders);
  const sqlTimes = process.env.BENCH_SQL_PROFILE ? profileStatements(server.knex) : null;
  const cpu = await startCpuAccounting(server.knex, sandbox.pid);
  const started = performance.now();
  const startedUs = process.hrtime.bigint() / 1000n;
  const run = await syncOnce(server.services.sync, storeId);
  const seconds = (performance.now() - started) / 1000;
  // The sync's span on the monotonic clock V8's CPU profiles use (`node --cpu-prof`): to read one for the
  // sync alone, without the start and the backlog's making.
  process.stderr.write(`sync: monotonic ${startedUs}..${process.hrtime.bigint() / 1000n} µs\n`);
  const cpuUsed = await cpu.stop();
  const timeline = await memory.stop();
  const perThousand = (ms: number | null) => (ms === null ? null : Math.round((ms * 1000) / orders));
  console.warn(
    JSON.stringify(
      {
        database: process.env.TEST_DB,
        orders,
        status: run.status,
        created: run.created,
        blocked: run.blocked,
        seconds: Number(seconds.toFixed(2)),
        ordersPerSecond: Math.round(orders / seconds),
        // CPU milliseconds per 1,000 orders: comparable between runs even on a busy machine.
        cpuMsPer1000Orders: {
          worker: perThousand(cpuUsed.workerMs),
          sandbox: perThousand(cpuUsed.sandboxMs),
          postgres: perThousand(cpuUsed.postgresMs),
        },
        workerRssMb: timeline,
      },
      null,
      1,
    ),
  );
  if (sqlTimes) console.warn(sqlTimes());
} finally {
  await server.close();
  await sandbox.stop();
}

/** The worker's resident and heap memory (MB) each time another tenth of the backlog is in. */
function sampleMemory(knex: Knex, total: number) {
  const points: { ordersIn: number; rss: number; heapUsed: number }[] = [];
  let next = 0;
  let peak = 0;
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const timer = setInterval(async () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    const { count } = (await knex('amazon_orders').count({ count: '*' }).first()) as { count: string };
    const ordersIn = Number(count);
    if (ordersIn >= next) {
      const usage = process.memoryUsage();
      points.push({ ordersIn, rss: mb(usage.rss), heapUsed: mb(usage.heapUsed) });
      process.stderr.write(`\rimported ${ordersIn}/${total}, rss ${mb(usage.rss)} MB`);
      next = ordersIn + total / 10;
    }
  }, 500);
  return {
    stop: async () => {
      clearInterval(timer);
      process.stderr.write('\n');
      const usage = process.memoryUsage();
      return { peak: mb(Math.max(peak, usage.rss)), end: mb(usage.rss), points };
    },
  };
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
