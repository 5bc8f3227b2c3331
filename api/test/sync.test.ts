import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import {
  demoStoreId,
  expectedReservations,
  ledgerReservations,
  plentyOfStock,
  syncOnce,
} from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let sandbox: TestSandbox;
let server: TestServer;
let storeId: number;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  server = await startTestServer({ sandboxPort: sandbox.port });
  storeId = await demoStoreId(server.knex);
  await plentyOfStock(server.knex);
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

const AGE = { age_seconds: 600 };
const mix: [number, Record<string, unknown>][] = [
  [120, { status: 'Pending', fulfillment_channel: 'MFN' }],
  [480, { status: 'Unshipped', fulfillment_channel: 'MFN' }],
  [100, { status: 'PartiallyShipped', fulfillment_channel: 'MFN' }],
  [150, { status: 'Shipped', fulfillment_channel: 'MFN' }],
  [60, { status: 'Shipped', fulfillment_channel: 'AFN' }],
  [40, { status: 'Pending', fulfillment_channel: 'AFN' }],
  [50, { status: 'Canceled', fulfillment_channel: 'MFN' }],
];

async function snapshot() {
  const count = async (table: string) => Number((await server.knex(table).count({ n: '*' }))[0]!.n);
  return {
    amazonOrders: await count('amazon_orders'),
    items: await count('amazon_order_items'),
    commerceOrders: await count('sales_orders'),
    commerceItems: await count('sales_order_items'),
    ledger: await count('inventory_reservations'),
    shipments: await count('sales_shipments'),
    history: await count('amazon_order_status_history'),
    lastChange: (await server.knex('amazon_orders').max({ at: 'updated_at' }))[0]!.at?.toISOString() ?? null,
  };
}

describe('importing 1,000 orders from the sandbox', { timeout: 300_000 }, () => {
  it('imports each order exactly once, by the product rules', async () => {
    for (const [count, order] of mix) await sandbox.control('/_sandbox/orders', { count, ...order, ...AGE });
    const run = await syncOnce(server.services.sync, storeId);
    expect(run).toMatchObject({ status: 'succeeded', orders_seen: 1000, errors: 0 });
    expect(run.pages).toBe(10);

    const amazon = await server
      .knex('amazon_orders')
      .select('status', 'fulfillment_channel', 'import_state')
      .count({ n: '*' })
      .groupBy('status', 'fulfillment_channel', 'import_state');
    const total = amazon.reduce((sum, row) => sum + Number(row.n), 0);
    expect(total).toBe(1000);
    const duplicates = await server
      .knex('sales_orders')
      .select('amazon_order_id')
      .count({ n: '*' })
      .groupBy('amazon_order_id')
      .having(server.knex.raw('count(*) > 1'));
    expect(duplicates).toEqual([]);

    const imported = await server
      .knex('amazon_orders as ao')
      .join('sales_orders as so', 'so.amazon_order_id', 'ao.id')
      .select('ao.status', 'ao.fulfillment_channel');
    // MFN from Unshipped on; AFN only Shipped; never Pending or Canceled.
    expect(
      imported.every((o) =>
        o.fulfillment_channel === 'MFN'
          ? ['Unshipped', 'PartiallyShipped', 'Shipped'].includes(o.status)
          : o.status === 'Shipped',
      ),
    ).toBe(true);
    const blocked = await server
      .knex('amazon_orders')
      .where({ import_state: 'blocked' })
      .select('status', 'import_error');
    expect(blocked.every((o) => o.import_error && o.status !== 'Canceled')).toBe(true);
    const blockedImportable = blocked.filter((o) => o.status !== 'Pending').length;
    expect(imported.length + blockedImportable).toBe(480 + 100 + 150 + 60);
    const afnReservations = await server
      .knex('inventory_reservations as r')
      .join('amazon_order_items as i', server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
      .join('amazon_orders as o', 'o.id', 'i.order_id')
      .where('o.fulfillment_channel', 'AFN')
      .count({ n: '*' });
    expect(Number(afnReservations[0]!.n)).toBe(0);
    // Amazon's payloads are kept as JSON objects (not as JSON text inside a jsonb string).
    const raws = await server.knex.raw(
      `select count(*) filter (where jsonb_typeof(o.raw) = 'object' and o.raw->>'AmazonOrderId' = o.amazon_order_id
                                 and jsonb_typeof(i.raw) = 'object' and i.raw->>'OrderItemId' = i.order_item_id)::int as good,
              count(*)::int as total
         from amazon_orders o join amazon_order_items i on i.order_id = o.id`,
    );
    expect(raws.rows[0].good).toBe(raws.rows[0].total);
  });

  it("keeps every SKU's reservation balance equal to its orders", async () => {
    const expected = await expectedReservations(server.knex);
    const { ledger, counter } = await ledgerReservations(server.knex);
    expect(ledger).toEqual(expected);
    expect(counter).toEqual(expected);
    expect(expected.size).toBeGreaterThan(0);
  });

  it('changes nothing when the same window is synced three more times', async () => {
    const before = await snapshot();
    for (let i = 0; i < 3; i++) {
      const run = await syncOnce(server.services.sync, storeId, { fromScratch: true });
      expect(run).toMatchObject({
        status: 'succeeded',
        orders_seen: 1000,
        created: 0,
        updated: 0,
        canceled: 0,
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets a fault half way through be retried with no duplicate and no loss', async () => {
    await sandbox.control('/_sandbox/orders', {
      count: 250,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      ...AGE,
    });
    // The third getOrders call fails more times than the client retries: the run stops there.
    await sandbox.control('/_sandbox/faults', { operation: 'getOrders', status: 503, count: 5, after: 2 });
    const failed = await syncOnce(server.services.sync, storeId, { fromScratch: true });
    expect(failed.status).toBe('failed');
    expect(failed.error_message).toMatch(/getOrders failed: 503/);
    expect(failed.pages).toBe(2);
    const errors = await server.knex('amazon_communication_errors').where({ sync_run_id: failed.runId });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ operation: 'getOrders', status: 503, store_id: storeId });

    const resumed = await syncOnce(server.services.sync, storeId);
    expect(resumed.status).toBe('succeeded');
    expect(Number((await server.knex('amazon_orders').count({ n: '*' }))[0]!.n)).toBe(1250);
    const duplicates = await server
      .knex('sales_orders')
      .select('amazon_order_id')
      .count({ n: '*' })
      .groupBy('amazon_order_id')
      .having(server.knex.raw('count(*) > 1'));
    expect(duplicates).toEqual([]);
    expect((await ledgerReservations(server.knex)).ledger).toEqual(await expectedReservations(server.knex));
  });

  it('never runs two syncs of one store at once, whoever starts them', async () => {
    const otherWorker = { ...server.services.sync, owner: 'another-process:4242' };
    await server.knex('amazon_sync_runs').insert([
      { store_id: storeId, status: 'queued', trigger: 'manual' },
      { store_id: storeId, status: 'queued', trigger: 'schedule' },
    ]);
    const [first, second] = await server
      .knex('amazon_sync_runs')
      .where({ store_id: storeId, status: 'queued' })
      .orderBy('id')
      .pluck('id');
    const { runStoreSync } = await import('../src/channels/amazon/sync/store-sync.js');
    const results = await Promise.allSettled([
      runStoreSync(server.services.sync, first),
      runStoreSync(otherWorker, second),
    ]);
    const ran = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ran).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/being synced elsewhere/);
    await server
      .knex('amazon_sync_runs')
      .where({ status: 'queued' })
      .update({ status: 'failed', finished_at: server.knex.fn.now() });
  });
});
