// Import throughput: N generated orders in the sandbox (usage plans off), one sync of the demo store,
// end to end over HTTP into PostgreSQL. Prints orders/s and the process's peak resident memory.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:import [orders]
// Without DATABASE_URL it measures the embedded PGlite.
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
} finally {
  clearInterval(sampler);
  await server.close();
  await sandbox.close();
}

export {};
