// Cancel-to-salable latency: an order Amazon cancels (the sandbox marks it Canceled, dated past Amazon's
// two-minute rule), "Sync now" through the API, and the time until its units are salable again, measured
// by polling the stock. The worker runs as in production (pg-boss jobs). Prints p50, p95 and max.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:cancel [samples]
const samples = Number(process.argv[2] ?? 20);
process.env.TEST_DB = process.env.DATABASE_URL ? 'postgres' : 'embedded';
const { startTestSandbox } = await import('../test/support/sandbox.js');
const { demoStoreId, syncOnce } = await import('../test/support/sync-helpers.js');
const { startTestServer } = await import('../test/support/test-server.js');

const SKU = 'OD-KIT-001';
const sandbox = await startTestSandbox();
const server = await startTestServer({ sandboxPort: sandbox.port, workers: true });
try {
  const storeId = await demoStoreId(server.knex);
  await server.knex('inventory_stock').update({ on_hand: 1_000_000, is_enabled: true });
  const manager = await server.loginAs('manager');
  const { order_ids: ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: samples,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: [SKU],
    quantity: 1,
    age_seconds: 600,
    brief: true,
  });
  await syncOnce(server.services.sync, storeId);
  const reserved = async () =>
    (await server.knex('inventory_stock').where({ sku: SKU }).first('reserved')).reserved;
  const timings: number[] = [];
  for (const [index, id] of ids.entries()) {
    const before = await reserved();
    await sandbox.control(`/_sandbox/orders/${id}/status`, {
      status: 'Canceled',
      by: 'buyer',
      age_seconds: 150,
    });
    const started = performance.now();
    const res = await manager.post(`/api/amazon-stores/${storeId}/sync`, {});
    if (res.status !== 202) throw new Error(`Sync now answered ${res.status}`);
    while ((await reserved()) !== before - 1) {
      if (performance.now() - started > 30_000) throw new Error(`order ${id} was not released within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    timings.push(performance.now() - started);
    process.stderr.write(`\r${index + 1}/${samples}`);
    // The next Sync now must start a new run: wait until this one is recorded as finished.
    while (await server.knex('amazon_sync_runs').whereIn('status', ['queued', 'running']).first('id'))
      await new Promise((resolve) => setTimeout(resolve, 20));
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!);
  process.stderr.write('\n');
  console.warn(
    JSON.stringify({ database: process.env.TEST_DB, samples, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) }),
  );
} finally {
  await server.close();
  await sandbox.close();
}

export {};
