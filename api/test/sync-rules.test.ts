import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import { demoStoreId, syncOnce } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let sandbox: TestSandbox;
let server: TestServer;
let storeId: number;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  server = await startTestServer({ sandboxPort: sandbox.port });
  storeId = await demoStoreId(server.knex);
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

async function createOrder(body: Record<string, unknown>): Promise<string> {
  const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    age_seconds: 150,
    brief: true,
    ...body,
  });
  return order_ids[0]!;
}
const amazonOrder = (id: string) => server.knex('amazon_orders').where({ amazon_order_id: id }).first();
const stock = (sku: string) => server.knex('inventory_stock').where({ sku }).first();
const sync = () => syncOnce(server.services.sync, storeId);

describe('import rules, through a real sync', () => {
  it('keeps a blocked import with its reason, and imports it on the next sync once the catalog is fixed', async () => {
    await server.knex('inventory_stock').where({ sku: 'OD-KIT-003' }).update({ on_hand: 1 });
    const id = await createOrder({
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-KIT-003'],
      quantity: 3,
    });
    await sync();
    expect(await amazonOrder(id)).toMatchObject({
      import_state: 'blocked',
      import_error: 'Not enough salable stock for SKU "OD-KIT-003": needs 3, salable 1',
      last_action: 'Import blocked: Not enough salable stock for SKU "OD-KIT-003": needs 3, salable 1',
    });
    expect(
      await server
        .knex('sales_orders')
        .where({ amazon_order_id: (await amazonOrder(id)).id })
        .first(),
    ).toBeUndefined();

    await server.knex('inventory_stock').where({ sku: 'OD-KIT-003' }).update({ on_hand: 50 });
    await sync();
    const row = await amazonOrder(id);
    expect(row).toMatchObject({ import_state: 'imported', import_error: null, inventory_reserved: true });
    expect(await stock('OD-KIT-003')).toMatchObject({ on_hand: 50, reserved: 3 });
  });

  it('cancels the Commerce order and releases the stock when Amazon cancels, exactly once', async () => {
    await server.knex('inventory_stock').where({ sku: 'OD-HOM-002' }).update({ on_hand: 100 });
    const id = await createOrder({
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-HOM-002'],
      quantity: 2,
    });
    await sync();
    expect(await stock('OD-HOM-002')).toMatchObject({ reserved: 2 });

    await sandbox.control(`/_sandbox/orders/${id}/status`, {
      status: 'Canceled',
      by: 'buyer',
      age_seconds: 150,
    });
    await sync();
    await syncOnce(server.services.sync, storeId, { fromScratch: true });
    const row = await amazonOrder(id);
    expect(row).toMatchObject({
      status: 'Canceled',
      inventory_reserved: false,
      last_action: 'Canceled on Amazon by the buyer; 2 units released',
    });
    expect(await stock('OD-HOM-002')).toMatchObject({ on_hand: 100, reserved: 0 });
    const commerce = await server.knex('sales_orders').where({ amazon_order_id: row.id }).first();
    expect(commerce.status).toBe('canceled');
    const releases = await server
      .knex('inventory_reservations')
      .where({ cause: 'order_canceled', sku: 'OD-HOM-002' });
    expect(releases).toHaveLength(1);
  });

  it('deducts stock once when Amazon reports an order shipped from Seller Central', async () => {
    await server.knex('inventory_stock').where({ sku: 'OD-FIT-001' }).update({ on_hand: 40 });
    const id = await createOrder({
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-FIT-001'],
      quantity: 2,
    });
    await sync();
    await sandbox.control(`/_sandbox/orders/${id}/status`, { status: 'Shipped', age_seconds: 150 });
    await sync();
    await syncOnce(server.services.sync, storeId, { fromScratch: true });
    expect(await stock('OD-FIT-001')).toMatchObject({ on_hand: 38, reserved: 0 });
    const commerce = await server
      .knex('sales_orders')
      .where({ amazon_order_id: (await amazonOrder(id)).id })
      .first();
    expect(commerce.status).toBe('complete');
    expect(await server.knex('sales_shipments').where({ order_id: commerce.id })).toHaveLength(1);
  });

  it('reserves a Pending order only when the store says so, and never for Amazon-fulfilled orders', async () => {
    await server.knex('inventory_stock').where({ sku: 'OD-ELE-001' }).update({ on_hand: 100 });
    const pending = await createOrder({
      status: 'Pending',
      fulfillment_channel: 'MFN',
      skus: ['OD-ELE-001'],
      quantity: 1,
    });
    const afn = await createOrder({
      status: 'Shipped',
      fulfillment_channel: 'AFN',
      skus: ['OD-ELE-001'],
      quantity: 4,
    });
    await sync();
    expect(await amazonOrder(pending)).toMatchObject({
      import_state: 'not_imported',
      inventory_reserved: true,
    });
    expect(await amazonOrder(afn)).toMatchObject({ import_state: 'imported', inventory_reserved: false });
    expect(await stock('OD-ELE-001')).toMatchObject({ on_hand: 100, reserved: 1 });
    const afnOrder = await server
      .knex('sales_orders')
      .where({ amazon_order_id: (await amazonOrder(afn)).id })
      .first();
    expect(afnOrder.status).toBe('complete');
  });

  it('only shows orders when the store does not import: no Commerce order, no reservation', async () => {
    await server.knex('amazon_stores').where({ id: storeId }).update({ import_orders: false });
    const id = await createOrder({
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-KIT-001'],
      quantity: 1,
    });
    const before = await stock('OD-KIT-001');
    await sync();
    const row = await amazonOrder(id);
    expect(row).toMatchObject({
      import_state: 'not_imported',
      inventory_reserved: false,
      last_action: 'Import disabled for this store: shown read-only',
    });
    expect(await server.knex('sales_orders').where({ amazon_order_id: row.id }).first()).toBeUndefined();
    expect(await stock('OD-KIT-001')).toEqual(before);
    await server.knex('amazon_stores').where({ id: storeId }).update({ import_orders: true });
  });

  it('uses the Amazon order number and creates a customer when the store says so', async () => {
    await server
      .knex('amazon_stores')
      .where({ id: storeId })
      .update({ order_number_source: 'amazon', customer_creation: 'new_customer' });
    const id = await createOrder({
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-KIT-002'],
      quantity: 1,
    });
    await sync();
    const commerce = await server
      .knex('sales_orders')
      .where({ amazon_order_id: (await amazonOrder(id)).id })
      .first();
    expect(commerce).toMatchObject({ increment_id: id, customer_is_guest: false });
    expect(commerce.customer_id).not.toBeNull();
    await server
      .knex('amazon_stores')
      .where({ id: storeId })
      .update({ order_number_source: 'commerce', customer_creation: 'guest' });
  });
});

describe('Sync now (POST /api/amazon-stores/:id/sync)', () => {
  it('queues a run for managers, answers 202 with it, and asking again answers the same run', async () => {
    const manager = await server.loginAs('manager');
    const first = await manager.post<{ id: number; status: string; trigger: string }>(
      `/api/amazon-stores/${storeId}/sync`,
    );
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'queued', trigger: 'manual', store_id: storeId });
    const again = await manager.post<{ id: number }>(`/api/amazon-stores/${storeId}/sync`);
    expect(again.body.id).toBe(first.body.id);
    await server
      .knex('amazon_sync_runs')
      .where({ id: first.body.id })
      .update({ status: 'failed', finished_at: server.knex.fn.now() });
  });

  it('refuses fulfillment and support with 403, and an unknown store with 404', async () => {
    for (const role of ['fulfillment', 'support']) {
      const client = await server.loginAs(role);
      expect((await client.post(`/api/amazon-stores/${storeId}/sync`)).status).toBe(403);
    }
    const admin = await server.loginAs('admin');
    expect((await admin.post('/api/amazon-stores/9999/sync')).status).toBe(404);
  });
});
