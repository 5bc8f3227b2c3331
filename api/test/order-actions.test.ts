import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { addOrderComment } from '../src/sales/actions/add-comment.js';
import type { ApiClient } from './support/api-client.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import { demoStoreId, syncOnce } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createWebOrder } from './support/web-orders.js';

let sandbox: TestSandbox;
let server: TestServer;
let storeId: number;
let fulfillment: ApiClient;
let support: ApiClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  server = await startTestServer({ sandboxPort: sandbox.port });
  storeId = await demoStoreId(server.knex);
  await server.knex('inventory_stock').update({ on_hand: 10_000, is_enabled: true });
  fulfillment = await server.loginAs('fulfillment');
  support = await server.loginAs('support');
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

interface OrderAnswer {
  id: number;
  increment_id: string;
  status: string;
  channel: string;
  amazon_order_id: string | null;
  message: string;
}
interface HistoryAnswer {
  id: number;
  order_id: number;
  status: string;
  comment: string;
  is_customer_notified: boolean;
  author: string;
  message: string;
}

const BUYER = 'web.buyer@example.com';

/** A web-store order: one OD-MUG-002 line of `quantity` units at 49.00 each, its stock reserved. */
const webOrder = (status: CommerceOrderStatus = 'processing', quantity = 2) =>
  createWebOrder(server.knex, { status, quantity });

/** An Amazon order, Unshipped and imported: answers its Commerce order's id. */
async function amazonCommerceOrder(): Promise<number> {
  const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: ['OD-KIT-001'],
    quantity: 1,
    age_seconds: 150,
    brief: true,
  });
  await syncOnce(server.services.sync, storeId);
  const row = await server
    .knex('sales_orders as so')
    .join('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .where('ao.amazon_order_id', order_ids[0])
    .first('so.id');
  return row.id as number;
}

const order = (id: number) => server.knex('sales_orders').where({ id }).first();
const history = (id: number) =>
  server.knex('sales_order_status_history').where({ order_id: id }).orderBy('id');
const audit = (id: number, action: string) =>
  server.knex('audit_log').where({ resource: 'orders', record_id: String(id), action });
/** The ledger rows of a web order's items. */
const ledger = (id: number) =>
  server
    .knex('inventory_reservations as r')
    .join('sales_order_items as i', server.knex.raw("r.order_item_key = 'order-item:' || i.id"))
    .where('i.order_id', id)
    .orderBy('r.id')
    .select('r.cause', 'r.quantity');
const act = (id: number | string, action: string, client = fulfillment) =>
  client.post<OrderAnswer>(`/api/orders/${id}/${action}`, {});
const comment = (id: number | string, body: unknown, client = fulfillment) =>
  client.post<HistoryAnswer>(`/api/orders/${id}/comments`, body);

describe('hold and unhold', () => {
  it('holds a processing order and releases it back to processing, with history and audit (200, the order record)', async () => {
    const id = await webOrder('processing');
    const held = await act(id, 'hold');
    expect(held.status, held.text).toBe(200);
    expect(held.body).toMatchObject({ id, status: 'holded', channel: 'web', amazon_order_id: null });
    expect((await fulfillment.get<OrderAnswer>(`/api/orders/${id}`)).body).toEqual(held.body);
    expect(await order(id)).toMatchObject({ status: 'holded', hold_before_status: 'processing' });
    expect((await history(id)).at(-1)).toMatchObject({ status: 'holded', author: 'fulfillment' });
    expect(await audit(id, 'orders.hold')).toHaveLength(1);

    const twice = await act(id, 'hold');
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/already on hold/);

    const released = await act(id, 'unhold');
    expect(released.status, released.text).toBe(200);
    expect(released.body).toMatchObject({ id, status: 'processing' });
    expect(await order(id)).toMatchObject({ status: 'processing', hold_before_status: null });
    expect((await history(id)).at(-1)).toMatchObject({ status: 'processing' });
    expect(await audit(id, 'orders.unhold')).toHaveLength(1);
  });

  it('returns a pending order to pending, and refuses to unhold an order that is not held (409)', async () => {
    const id = await webOrder('pending');
    expect((await act(id, 'hold')).body).toMatchObject({ status: 'holded' });
    expect((await act(id, 'unhold')).body).toMatchObject({ status: 'pending' });

    const notHeld = await act(id, 'unhold');
    expect(notHeld.status).toBe(409);
    expect(notHeld.body.message).toMatch(/not on hold/);
    expect(await audit(id, 'orders.unhold')).toHaveLength(1);
  });

  it('refuses to hold a complete or canceled order (409)', async () => {
    for (const status of ['complete', 'canceled'] as const) {
      const id = await webOrder('processing');
      await server.knex('sales_orders').where({ id }).update({ status });
      const res = await act(id, 'hold');
      expect(res.status, status).toBe(409);
      expect(res.body.message).toMatch(/only pending or processing/);
      expect(await order(id)).toMatchObject({ status });
    }
  });
});

describe('cancel', () => {
  it('cancels a web order and releases its stock exactly once; a second cancel is a 409', async () => {
    const id = await webOrder('processing', 2);
    expect(await ledger(id)).toEqual([{ cause: 'order_placed', quantity: -2 }]);

    const res = await act(id, 'cancel');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'canceled' });
    expect(await order(id)).toMatchObject({ status: 'canceled', total_canceled: '98.00' });
    const [item] = await server.knex('sales_order_items').where({ order_id: id });
    expect(item).toMatchObject({ qty_canceled: 2 });
    expect(await ledger(id)).toEqual([
      { cause: 'order_placed', quantity: -2 },
      { cause: 'order_canceled', quantity: 2 },
    ]);
    expect((await history(id)).at(-1)).toMatchObject({ status: 'canceled', author: 'fulfillment' });
    expect(await audit(id, 'orders.cancel')).toHaveLength(1);

    const again = await act(id, 'cancel');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already canceled/);
    expect(await ledger(id)).toHaveLength(2);
    expect(await audit(id, 'orders.cancel')).toHaveLength(1);
  });

  it('refuses a complete, closed or held order and one with nothing left to cancel (409)', async () => {
    for (const [status, message] of [
      ['complete', /is complete/],
      ['closed', /is closed/],
      ['holded', /on hold/],
    ] as const) {
      const id = await webOrder('processing');
      await server.knex('sales_orders').where({ id }).update({ status });
      const res = await act(id, 'cancel');
      expect(res.status, status).toBe(409);
      expect(res.body.message).toMatch(message);
      expect(await order(id)).toMatchObject({ status });
      expect(await ledger(id)).toHaveLength(1);
    }
    const shipped = await webOrder('processing');
    await server.knex('sales_order_items').where({ order_id: shipped }).update({ qty_shipped: 2 });
    const res = await act(shipped, 'cancel');
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/nothing left to cancel/);
  });

  it('refuses an Amazon order (409): it is canceled from Amazon Order Details, with a reason', async () => {
    const id = await amazonCommerceOrder();
    const before = await order(id);
    const res = await act(id, 'cancel');
    expect(res.status, res.text).toBe(409);
    expect(res.body.message).toMatch(/Amazon order: cancel it from Amazon Order Details/);
    expect(await order(id)).toMatchObject({ status: before.status });
    expect(await audit(id, 'orders.cancel')).toHaveLength(0);
  });
});

describe('comments', () => {
  it('lets support comment (201, the history entry) without notifying anyone', async () => {
    const id = await webOrder('processing');
    const res = await comment(
      id,
      { comment: '  Called the buyer about the delivery.  ', notify: false },
      support,
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      order_id: id,
      status: 'processing',
      comment: 'Called the buyer about the delivery.',
      is_customer_notified: false,
      author: 'support',
    });
    expect((await history(id)).at(-1)).toMatchObject({ id: res.body.id });
    expect(await audit(id, 'orders.comment')).toHaveLength(1);
    expect(await server.knex('outbound_emails').where({ order_id: id })).toHaveLength(0);
  });

  it('e-mails the buyer when notify is set, after the comment is committed', async () => {
    const id = await webOrder('processing');
    const res = await comment(id, { comment: 'Your parcel leaves tomorrow.', notify: true });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ comment: 'Your parcel leaves tomorrow.', is_customer_notified: true });
    const emails = await server.knex('outbound_emails').where({ order_id: id });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: BUYER,
      subject: expect.stringContaining((await order(id)).increment_id),
    });
    expect(emails[0].body).toContain('Your parcel leaves tomorrow.');
  });

  it('notes a failed e-mail in the history and logs it, never failing the comment', async () => {
    const id = await webOrder('processing');
    const warnings: unknown[] = [];
    const user = await server.knex('users').where({ username: 'manager' }).first('id', 'username', 'role');
    const entry = await addOrderComment(
      server.knex,
      () => Promise.reject(new Error('SMTP server refused the connection')),
      { warn: (obj: unknown) => void warnings.push(obj) } as never,
      id,
      { comment: 'We are sorry for the delay.', notify: true },
      user,
    );
    expect(entry).toMatchObject({ comment: 'We are sorry for the delay.', is_customer_notified: false });
    expect((await history(id)).at(-1)).toMatchObject({
      comment: 'The e-mail to the buyer could not be sent: SMTP server refused the connection',
      is_customer_notified: false,
    });
    expect(warnings).toHaveLength(1);
    expect(await server.knex('outbound_emails').where({ order_id: id })).toHaveLength(0);
  });

  it('answers 400 for a comment too long, empty or missing', async () => {
    const id = await webOrder('processing');
    for (const body of [
      { comment: 'x'.repeat(5001) },
      { comment: '   ' },
      {},
      { comment: 'ok', notify: 'yes' },
    ]) {
      const res = await comment(id, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    expect((await comment(id, { comment: 'x'.repeat(5000) })).status).toBe(201);
  });
});

describe('who may do what', () => {
  it('refuses hold, unhold and cancel to support (403) and answers 404 for an unknown order', async () => {
    const id = await webOrder('processing');
    for (const action of ['hold', 'unhold', 'cancel'])
      expect((await act(id, action, support)).status).toBe(403);
    expect(await order(id)).toMatchObject({ status: 'processing' });
    for (const action of ['hold', 'unhold', 'cancel']) expect((await act(999_999, action)).status).toBe(404);
    expect((await comment(999_999, { comment: 'hello' })).status).toBe(404);
    expect((await act('abc', 'hold')).status).toBe(400);
  });
});
