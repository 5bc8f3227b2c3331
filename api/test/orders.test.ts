import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import { demoStoreId, plentyOfStock, syncOnce } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let sandbox: TestSandbox;
let server: TestServer;
let storeId: number;
let support: ApiClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  server = await startTestServer({ sandboxPort: sandbox.port });
  storeId = await demoStoreId(server.knex);
  await plentyOfStock(server.knex);
  support = await server.loginAs('support');
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

interface OrderRecord {
  id: number;
  status: string;
  amazon_order_id: string | null;
  amazon_status: string | null;
  amazon_items_shipped: number | null;
  amazon_cancellation_state: string | null;
}

async function importedOrder(): Promise<string> {
  const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: ['OD-MUG-001'],
    age_seconds: 150,
    brief: true,
  });
  await syncOnce(server.services.sync, storeId);
  return order_ids[0]!;
}

async function commerceOrderOf(amazonOrderId: string): Promise<OrderRecord> {
  const filter = encodeURIComponent(JSON.stringify({ amazon_order_id: amazonOrderId }));
  const list = await support.get<OrderRecord[]>(`/api/orders?filter=${filter}`);
  expect(list.status).toBe(200);
  expect(list.body).toHaveLength(1);
  const one = await support.get<OrderRecord>(`/api/orders/${list.body[0]!.id}`);
  // The record answers the list's fields, and more (items, history, documents: order-view.test.ts).
  expect(one.body).toMatchObject(list.body[0]!);
  return one.body;
}

describe('a Commerce order of an Amazon order', () => {
  it("carries the Amazon order's number, status, shipped units and cancellation state", async () => {
    const id = await importedOrder();
    expect(await commerceOrderOf(id)).toMatchObject({
      status: 'processing',
      amazon_order_id: id,
      amazon_status: 'Unshipped',
      amazon_items_shipped: 0,
      amazon_cancellation_state: 'none',
    });

    const fulfillment = await server.loginAs('fulfillment');
    const cancel = await fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' });
    expect(cancel.status).toBe(202);
    expect(await commerceOrderOf(id)).toMatchObject({ amazon_cancellation_state: 'requested' });

    await drainOutbox(server);
    // Amazon's status is Amazon's: it reads Canceled once a later sync sees it; the feed confirmed it first.
    expect(await commerceOrderOf(id)).toMatchObject({
      status: 'canceled',
      amazon_status: 'Unshipped',
      amazon_cancellation_state: 'confirmed',
    });
  });
});
