import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservedFor as reservedForOrder } from './support/order-ledger.js';
import { drainOutbox } from './support/outbox-helpers.js';
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
  await server.knex('inventory_stock').update({ on_hand: 10_000, is_enabled: true });
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

const sync = () => syncOnce(server.services.sync, storeId);
async function newOrder(status: string, skus = ['OD-HOM-001']): Promise<string> {
  const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status,
    fulfillment_channel: 'MFN',
    skus,
    quantity: 3,
    age_seconds: 300,
    brief: true,
  });
  await sync();
  return order_ids[0]!;
}
const cancelOnAmazon = (id: string, by: string) =>
  sandbox.control(`/_sandbox/orders/${id}/status`, { status: 'Canceled', by, age_seconds: 150 });
const amazonOrder = (id: string) => server.knex('amazon_orders').where({ amazon_order_id: id }).first();
const reservedFor = (id: string) => reservedForOrder(server.knex, id);

describe('an order canceled on Amazon', () => {
  for (const [by, words] of [
    ['buyer', 'by the buyer'],
    ['amazon', 'by Amazon'],
    ['seller', 'by the seller'],
  ] as const) {
    it(`canceled ${words}: the Commerce order is canceled, its stock released once, and the history says who`, async () => {
      const id = await newOrder('Unshipped');
      expect(await reservedFor(id)).toBe(3);
      await cancelOnAmazon(id, by);
      await sync();
      await syncOnce(server.services.sync, storeId, { fromScratch: true });

      const row = await amazonOrder(id);
      expect(row).toMatchObject({
        status: 'Canceled',
        canceled_by: by,
        inventory_reserved: false,
        last_action: `Canceled on Amazon ${words}; 3 units released`,
      });
      expect(row.canceled_at).toBeInstanceOf(Date);
      expect(await reservedFor(id)).toBe(0);
      const commerce = await server.knex('sales_orders').where({ amazon_order_id: row.id }).first();
      expect(commerce.status).toBe('canceled');
      const history = await server
        .knex('sales_order_status_history')
        .where({ order_id: commerce.id, status: 'canceled' });
      expect(history).toHaveLength(1);
      expect(history[0].comment).toContain(`Canceled on Amazon ${words}`);
      const items = await server.knex('sales_order_items').where({ order_id: commerce.id });
      expect(items.every((item) => item.qty_canceled === item.qty_ordered)).toBe(true);
      const audit = await server
        .knex('audit_log')
        .where({ action: 'amazon-orders.canceled-on-amazon', record_id: id });
      expect(audit).toHaveLength(1);
      expect(audit[0].details).toMatchObject({ canceledBy: by, released: 3 });
    });
  }

  it('releases the reservation of a Pending order that never became a Commerce order', async () => {
    const id = await newOrder('Pending');
    expect(await amazonOrder(id)).toMatchObject({ inventory_reserved: true, import_state: 'not_imported' });
    expect(await reservedFor(id)).toBe(3);
    await cancelOnAmazon(id, 'buyer');
    await sync();
    expect(await amazonOrder(id)).toMatchObject({
      status: 'Canceled',
      inventory_reserved: false,
      canceled_by: 'buyer',
    });
    expect(await reservedFor(id)).toBe(0);
    expect(
      await server.knex('sales_orders').where({ amazon_order_id: (await amazonOrder(id)).id }),
    ).toHaveLength(0);
  });

  it('closes a blocked import without touching stock, and stops retrying it', async () => {
    await server.knex('inventory_stock').where({ sku: 'OD-TOY-001' }).update({ is_enabled: false });
    const id = await newOrder('Unshipped', ['OD-TOY-001']);
    expect(await amazonOrder(id)).toMatchObject({ import_state: 'blocked' });
    await cancelOnAmazon(id, 'amazon');
    await sync();
    const row = await amazonOrder(id);
    expect(row).toMatchObject({ status: 'Canceled', canceled_by: 'amazon', import_state: 'not_imported' });
    expect(row.canceled_at).toBeInstanceOf(Date);
    expect(await reservedFor(id)).toBe(0);
    await server.knex('inventory_stock').where({ sku: 'OD-TOY-001' }).update({ is_enabled: true });
    await sync();
    expect(await server.knex('sales_orders').where({ amazon_order_id: row.id })).toHaveLength(0);
  });

  it('flags a buyer cancel request with the reason; accepting it is a staff cancel with BuyerCanceled', async () => {
    const id = await newOrder('Unshipped');
    await sandbox.control(`/_sandbox/orders/${id}/buyer-cancel-request`, {
      reason: 'Found a better price',
      age_seconds: 150,
    });
    await sync();
    expect(await amazonOrder(id)).toMatchObject({
      buyer_cancel_requested: true,
      buyer_cancel_reason: 'Found a better price',
    });
    const listed = await (
      await server.loginAs('support')
    ).get(
      `/api/amazon-orders?filter=${encodeURIComponent(JSON.stringify({ buyer_cancel_requested: true }))}`,
    );
    expect((listed.body as { id: string }[]).map((order) => order.id)).toContain(id);

    const fulfillment = await server.loginAs('fulfillment');
    const res = await fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'BuyerCanceled' });
    expect(res.status).toBe(202);
    await drainOutbox(server);
    expect(await amazonOrder(id)).toMatchObject({ cancellation_state: 'confirmed', canceled_by: 'staff' });
    expect(await reservedFor(id)).toBe(0);
  });
});
