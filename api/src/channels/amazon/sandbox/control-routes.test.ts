// The control routes: creating and moving orders, buyer cancel requests, reset, and their refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderItem } from './amazon/model-types.js';
import type { SandboxOrderView } from './orders/sandbox-order.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox();
  token = await s.token();
});
afterAll(() => s.close());

const create = async (body: Record<string, unknown>) =>
  (
    await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
      count: 1,
      age_seconds: 600,
      ...body,
    })
  ).body.orders[0]!;
const move = (id: string, body: Record<string, unknown>) =>
  s.control<SandboxOrderView>('POST', `/orders/${id}/status`, body);

describe('control routes', () => {
  it('creates orders as asked, dated age_seconds ago', async () => {
    const answer = await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
      count: 3,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus: ['OD-MUG-001', 'OD-KIT-001'],
      age_seconds: 3600,
      marketplace_id: 'A1PA6795UKMFR9',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.orders).toHaveLength(3);
    for (const view of answer.body.orders) {
      expect(view.order).toMatchObject({
        OrderStatus: 'Unshipped',
        FulfillmentChannel: 'MFN',
        SalesChannel: 'Amazon.de',
      });
      expect(view.order.OrderTotal.CurrencyCode).toBe('EUR');
      expect(view.items.map((i) => i.SellerSKU)).toEqual(['OD-MUG-001', 'OD-KIT-001']);
      expect(Math.abs(Date.parse(view.order.PurchaseDate) - (Date.now() - 3_600_000))).toBeLessThan(5_000);
    }
    const brief = await s.control<{ count: number; order_ids: string[] }>('POST', '/orders', {
      count: 2,
      brief: true,
    });
    expect(brief.body.order_ids).toHaveLength(2);
  });

  it('moves an order along its life cycle, keeping who cancelled', async () => {
    const entry = await create({ fulfillment_channel: 'MFN', quantity: 2 });
    expect(entry.order.OrderStatus).toBe('Pending');
    expect(
      (await move(entry.AmazonOrderId, { status: 'Unshipped', age_seconds: 500 })).body.order.OrderStatus,
    ).toBe('Unshipped');
    const partial = await move(entry.AmazonOrderId, { status: 'PartiallyShipped', age_seconds: 400 });
    expect(partial.body.order).toMatchObject({ OrderStatus: 'PartiallyShipped', NumberOfItemsShipped: 1 });
    const shipped = await move(entry.AmazonOrderId, { status: 'Shipped', age_seconds: 300 });
    expect(shipped.body.order.NumberOfItemsUnshipped).toBe(0);
    expect(shipped.body.history.map((h) => h.status)).toEqual([
      'Pending',
      'Unshipped',
      'PartiallyShipped',
      'Shipped',
    ]);
    expect((await move(entry.AmazonOrderId, { status: 'Canceled', by: 'buyer' })).status).toBe(409);

    const other = await create({ status: 'Unshipped' });
    const canceled = await move(other.AmazonOrderId, { status: 'Canceled', by: 'amazon', age_seconds: 300 });
    expect(canceled.body).toMatchObject({ canceled_by: 'amazon', order: { OrderStatus: 'Canceled' } });
    expect(Date.parse(canceled.body.order.LastUpdateDate)).toBeLessThan(Date.now() - 290_000);

    const afn = await create({ fulfillment_channel: 'AFN' });
    expect((await move(afn.AmazonOrderId, { status: 'Unshipped' })).status).toBe(409);
    expect((await move(afn.AmazonOrderId, { status: 'Shipped' })).body.order.OrderStatus).toBe('Shipped');
  });

  it('records a buyer cancel request on every item, as getOrderItems shows it', async () => {
    const entry = await create({ status: 'Unshipped' });
    const answer = await s.control<SandboxOrderView>(
      'POST',
      `/orders/${entry.AmazonOrderId}/buyer-cancel-request`,
      {
        reason: 'Ordered by mistake',
        age_seconds: 300,
      },
    );
    expect(answer.status).toBe(200);
    const items = await s.call<{ payload: { OrderItems: OrderItem[] } }>(
      'GET',
      `/orders/v0/orders/${entry.AmazonOrderId}/orderItems`,
      token,
    );
    for (const item of items.body.payload.OrderItems) {
      expect(item.BuyerRequestedCancel).toEqual({
        IsBuyerRequestedCancel: 'true',
        BuyerCancelReason: 'Ordered by mistake',
      });
    }
    const shipped = await create({ status: 'Shipped' });
    expect(
      (await s.control('POST', `/orders/${shipped.AmazonOrderId}/buyer-cancel-request`, { reason: 'x' }))
        .status,
    ).toBe(409);
  });

  it('refuses bad input with 400 and unknown orders with 404', async () => {
    const entry = await create({});
    const bad: [string, string, unknown][] = [
      ['POST', '/orders', {}],
      ['POST', '/orders', { count: 0 }],
      ['POST', '/orders', { count: 1, status: 'Lost' }],
      ['POST', '/orders', { count: 1, fulfillment_channel: 'XYZ' }],
      ['POST', '/orders', { count: 1, age_seconds: -5 }],
      ['POST', '/orders', { count: 1, colour: 'red' }],
      ['POST', '/orders', { count: 1, marketplace_id: 'A2Q3Y263D00KWC' }],
      ['POST', '/orders', { count: 1, status: 'Unshipped', fulfillment_channel: 'AFN' }],
      ['POST', `/orders/${entry.AmazonOrderId}/status`, { status: 'Canceled' }],
      ['POST', `/orders/${entry.AmazonOrderId}/status`, { status: 'Canceled', by: 'nobody' }],
      ['POST', `/orders/${entry.AmazonOrderId}/buyer-cancel-request`, { reason: '' }],
      ['POST', '/rate-limits', {}],
      ['POST', '/reset', { everything: true }],
    ];
    for (const [method, path, body] of bad) {
      const answer = await s.control<{ message: string }>(method, path, body);
      expect(answer.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.body.message).toBeTruthy();
    }
    const notJson = await fetch(`${s.baseUrl}/_sandbox/orders`, {
      method: 'POST',
      body: '{count:',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect((await s.control('GET', '/orders/111-0000000-0000000')).status).toBe(404);
    expect((await move('111-0000000-0000000', { status: 'Shipped' })).status).toBe(404);
  });

  it('empties everything on reset, but keeps access tokens', async () => {
    await create({});
    expect((await s.control('POST', '/reset')).status).toBe(200);
    const listed = await s.call<{ payload: { Orders: unknown[] } }>(
      'GET',
      '/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2024-01-01T00:00:00Z',
      token,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.payload.Orders).toEqual([]);
    expect((await s.control<{ feeds: unknown[] }>('GET', '/feeds')).body.feeds).toEqual([]);
    expect((await s.control<{ shipments: unknown[] }>('GET', '/shipments')).body.shipments).toEqual([]);
  });
});

describe('control routes: a refused move changes nothing', () => {
  it('leaves a one-unit Pending order Pending when PartiallyShipped is refused', async () => {
    const entry = await create({ fulfillment_channel: 'MFN', skus: ['OD-MUG-001'], quantity: 1 });
    expect((await move(entry.AmazonOrderId, { status: 'PartiallyShipped' })).status).toBe(409);
    const after = (await s.control<SandboxOrderView>('GET', `/orders/${entry.AmazonOrderId}`)).body;
    expect(after.order).toEqual(entry.order);
    expect((await move(entry.AmazonOrderId, { status: 'Shipped' })).body.order.OrderStatus).toBe('Shipped');
  });
});
