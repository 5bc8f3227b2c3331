// Outbox commands whose answer from Amazon was lost (a timeout, a worker that died after Amazon acted):
// the next try finds out what Amazon did instead of sending again, so Amazon gets each command once.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { reservedFor } from './support/order-ledger.js';
import type { TestSandbox } from './support/sandbox.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';
import type { TestServer } from './support/test-server.js';

/** Short, so that a delayed answer is a lost one. */
const TIMEOUT_MS = 500;
const context = useSandboxedServer({ amazonTimeoutMs: TIMEOUT_MS });
let sandbox: TestSandbox;
let server: TestServer;
let fulfillment: ApiClient;
let storeId: number;
beforeAll(() => {
  ({ sandbox, server, fulfillment, storeId } = context);
});

async function newOrder(): Promise<{ id: string; rowId: number; commerceId: number }> {
  const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: ['OD-KIT-001'],
    quantity: 2,
    age_seconds: 150,
    brief: true,
  });
  await syncOnce(server.services.sync, storeId);
  const id = order_ids[0]!;
  const row = await server.knex('amazon_orders').where({ amazon_order_id: id }).first('id');
  const commerce = await server.knex('sales_orders').where({ amazon_order_id: row.id }).first('id');
  return { id, rowId: row.id as number, commerceId: commerce.id as number };
}

const commandsOf = (rowId: number) =>
  server
    .knex('outbox')
    .where({ aggregate_id: String(rowId) })
    .orderBy('id');
/** The command's next try is due now (instead of after its backoff). */
const dueNow = (rowId: number) =>
  server
    .knex('outbox')
    .where({ aggregate_id: String(rowId), status: 'failed' })
    .update({ next_attempt_at: server.knex.raw("now() - interval '1 second'") });

const shipmentsAt = async (id: string) =>
  (await sandbox.get<{ shipments: { amazonOrderId: string }[] }>('/_sandbox/shipments')).shipments.filter(
    (s) => s.amazonOrderId === id,
  );
const feedsFor = async (id: string) =>
  (
    await sandbox.get<{ feeds: { messages: { amazonOrderId?: string }[] | null }[] }>('/_sandbox/feeds')
  ).feeds.filter((f) => (f.messages ?? []).some((m) => m.amazonOrderId === id));

/** Amazon acts on the next call of `operation` at once, but answers only after the client stopped waiting. */
const loseNextAnswer = (operation: string) =>
  sandbox.control('/_sandbox/faults', { operation, latency_ms: 3000, delay_answer: true, count: 1 });

describe('a shipment confirmation whose answer was lost', () => {
  it('is not sent again when the worker died after Amazon accepted it', async () => {
    const order = await newOrder();
    const shipped = await fulfillment.post(`/api/orders/${order.commerceId}/shipments`, {
      carrier: 'ups',
      tracking_number: '1Z999AA10123456784',
    });
    expect(shipped.status).toBe(201);
    await drainOutbox(server);
    expect(await shipmentsAt(order.id)).toHaveLength(1);
    // As a worker killed between Amazon's 204 and its own commit leaves it: claimed once, nothing recorded.
    await server
      .knex('amazon_order_tracking')
      .where({ order_id: order.rowId })
      .update({ confirmed_at: null });
    await server
      .knex('outbox')
      .where({ aggregate_id: String(order.rowId) })
      .update({ status: 'failed', result: null, next_attempt_at: server.knex.fn.now() });

    expect(await drainOutbox(server)).toBe(1);
    expect(await commandsOf(order.rowId)).toMatchObject([
      { status: 'succeeded', attempts: 2, result: { outcome: 'confirmed-earlier' } },
    ]);
    expect(await shipmentsAt(order.id)).toHaveLength(1);
    const tracking = await server.knex('amazon_order_tracking').where({ order_id: order.rowId }).first();
    expect(tracking.confirmed_at).not.toBeNull();
  });

  it('is not sent again when confirmShipment timed out here but Amazon acted on it', async () => {
    const order = await newOrder();
    await fulfillment.post(`/api/orders/${order.commerceId}/shipments`, {
      carrier: 'ups',
      tracking_number: '1Z999AA10123456785',
    });
    // Amazon ships the order at once, and answers long after we stopped waiting.
    await loseNextAnswer('confirmShipment');
    await drainOutbox(server);
    expect(await commandsOf(order.rowId)).toMatchObject([
      { status: 'succeeded', attempts: 1, result: { outcome: 'confirmed-earlier' } },
    ]);
    expect(await shipmentsAt(order.id)).toHaveLength(1);
  });
});

describe('a cancellation whose createFeed answer was lost', () => {
  it('sends no second feed: the next try sees the order canceled by the seller and confirms it', async () => {
    const order = await newOrder();
    const res = await fulfillment.post(`/api/amazon-orders/${order.id}/cancel`, { reason: 'NoInventory' });
    expect(res.status).toBe(202);
    // Amazon creates the feed at once, and answers long after we stopped waiting.
    await loseNextAnswer('createFeed');
    await drainOutbox(server);
    expect(await commandsOf(order.rowId)).toMatchObject([{ status: 'failed', attempts: 1 }]);
    expect(await feedsFor(order.id)).toHaveLength(1);
    // The feed Amazon created without our knowing is processed (the sandbox takes 50 ms).
    await new Promise((resolve) => setTimeout(resolve, 300));

    await dueNow(order.rowId);
    expect(await drainOutbox(server)).toBe(1);
    expect(await commandsOf(order.rowId)).toMatchObject([
      { status: 'succeeded', attempts: 2, result: { outcome: 'accepted-earlier' } },
    ]);
    expect(await feedsFor(order.id)).toHaveLength(1);
    const row = await server.knex('amazon_orders').where({ id: order.rowId }).first();
    expect(row).toMatchObject({ cancellation_state: 'confirmed', canceled_by: 'staff' });
    const commerce = await server.knex('sales_orders').where({ amazon_order_id: order.rowId }).first();
    expect(commerce.status).toBe('canceled');
    expect(await reservedFor(server.knex, order.id)).toBe(0);
  });
});
