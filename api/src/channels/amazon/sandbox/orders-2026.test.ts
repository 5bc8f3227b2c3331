// Orders API 2026-01-01 getOrder: answers built from the stored order, valid against orders_2026-01-01.json
// (ajv), with who cancelled (cancellationExecution) and the buyer's request (cancellationRequest) on items,
// through the same token, fault and usage-plan pipeline as the v0 operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order2026 } from './amazon/orders-2026-types.js';
import type { SandboxOrderView } from './orders/sandbox-order.js';
import { parseIncludedData } from './orders-api/orders-2026-routes.js';
import { acknowledgementXml, submitFeed, waitForFeed } from './test-support/feed-flow.js';
import { loadModel } from './test-support/model-validator.js';
import { startSandbox, type Answer, type RunningSandbox } from './test-support/start-sandbox.js';

const model = loadModel('orders_2026-01-01.json');
const TEMPLATE = '/orders/2026-01-01/orders/{orderId}';
const ALL =
  'BUYER,RECIPIENT,PROCEEDS,EXPENSE,PROMOTION,CANCELLATION,FULFILLMENT,PACKAGES,TAX,PAYMENT,FULFILLMENT_ORDERS';

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox({ feedProcessingDelayMs: 40 });
  token = await s.token();
});
afterAll(() => s.close());

const path = (id: string, included?: string) =>
  `/orders/2026-01-01/orders/${id}${included === undefined ? '' : `?includedData=${included}`}`;

function expectValid(answer: Answer): void {
  expect(model.errors(TEMPLATE, 'GET', answer.status, answer.body), answer.text).toEqual([]);
}

async function getOrder(id: string, included?: string): Promise<Order2026> {
  const answer = await s.call<{ order: Order2026 }>('GET', path(id, included), token);
  expect(answer.status, answer.text).toBe(200);
  expectValid(answer);
  return answer.body.order;
}

async function newOrder(body: Record<string, unknown> = {}): Promise<SandboxOrderView> {
  const created = await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
    count: 1,
    age_seconds: 600,
    ...body,
  });
  expect(created.status, created.text).toBe(201);
  return created.body.orders[0]!;
}

describe('GET /orders/2026-01-01/orders/{orderId}', () => {
  it('answers the stored order, valid against the model, with the datasets asked for', async () => {
    const view = await newOrder({ status: 'Unshipped', fulfillment_channel: 'MFN', quantity: 2 });
    const answer = await s.call<{ order: Order2026 }>('GET', path(view.AmazonOrderId, ALL), token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-amzn-ratelimit-limit')).toBe('0.5');
    expect(answer.headers.get('x-amzn-requestid')).toBeTruthy();
    expectValid(answer);
    const { order } = answer.body;
    expect(order).toMatchObject({
      orderId: view.AmazonOrderId,
      createdTime: view.order.PurchaseDate,
      lastUpdatedTime: view.order.LastUpdateDate,
      salesChannel: { channelName: 'AMAZON', marketplaceId: view.order.MarketplaceId },
      buyer: { buyerEmail: view.order.BuyerInfo.BuyerEmail },
      recipient: { deliveryAddress: { name: view.order.ShippingAddress!.Name } },
      proceeds: { grandTotal: { amount: view.order.OrderTotal.Amount } },
      fulfillment: { fulfillmentStatus: 'UNSHIPPED', fulfilledBy: 'MERCHANT' },
    });
    expect(order.orderItems.map((item) => item.orderItemId)).toEqual(view.items.map((i) => i.OrderItemId));
    const [item] = order.orderItems;
    const [stored] = view.items;
    expect(item).toMatchObject({
      quantityOrdered: 2,
      product: { asin: stored!.ASIN, sellerSku: stored!.SellerSKU },
      fulfillment: { quantityFulfilled: 0, quantityUnfulfilled: 2 },
    });
    // v0's ItemPrice is the line's price; 2026 gives the unit price.
    expect(Number(item!.product.price!.unitPrice!.amount) * 2).toBeCloseTo(Number(stored!.ItemPrice.Amount));
    expect(item!.cancellation).toBeUndefined();
  });

  it('without includedData: the base order and items only', async () => {
    const view = await newOrder({ status: 'Canceled', by: 'amazon' });
    const order = await getOrder(view.AmazonOrderId);
    expect(order).not.toHaveProperty('buyer');
    expect(order).not.toHaveProperty('fulfillment');
    expect(order.orderItems.every((item) => item.cancellation === undefined)).toBe(true);
  });

  it.each([
    ['buyer', 'BUYER'],
    ['amazon', 'AMAZON'],
    ['seller', 'MERCHANT'],
  ] as const)('an order Canceled by %s carries cancelledBy %s on every item', async (by, cancelledBy) => {
    const view = await newOrder({ status: 'Unshipped', fulfillment_channel: 'MFN' });
    const moved = await s.control('POST', `/orders/${view.AmazonOrderId}/status`, {
      status: 'Canceled',
      by,
    });
    expect(moved.status, moved.text).toBe(200);
    const order = await getOrder(view.AmazonOrderId, 'CANCELLATION,FULFILLMENT,RECIPIENT');
    expect(order.fulfillment?.fulfillmentStatus).toBe('CANCELLED');
    expect(order).not.toHaveProperty('recipient'); // no address after a cancellation, as in v0
    for (const item of order.orderItems) {
      expect(item.cancellation).toEqual({ cancellationExecution: { cancelledBy } });
      expect(item.fulfillment).toEqual({ quantityFulfilled: 0, quantityUnfulfilled: 0 });
    }
  });

  it('a buyer cancel request shows as cancellationRequest, and stays once the seller cancels', async () => {
    const view = await newOrder({ status: 'Unshipped', fulfillment_channel: 'MFN' });
    const id = view.AmazonOrderId;
    await s.control('POST', `/orders/${id}/buyer-cancel-request`, { reason: 'Ordered by mistake' });
    const requested = await getOrder(id, 'CANCELLATION');
    for (const item of requested.orderItems) {
      expect(item.cancellation).toEqual({
        cancellationRequest: { requester: 'BUYER', cancelReason: 'Ordered by mistake' },
      });
    }
    // Without CANCELLATION the request is not shown.
    expect((await getOrder(id, 'BUYER')).orderItems[0]!.cancellation).toBeUndefined();

    // The seller accepts it by feed (StatusCode Failure, reason BuyerCanceled).
    const xml = acknowledgementXml([
      {
        orderId: id,
        status: 'Failure',
        items: view.items.map((item) => ({ id: item.OrderItemId, reason: 'BuyerCanceled' })),
      },
    ]);
    expect((await waitForFeed(s, token, await submitFeed(s, token, xml))).processingStatus).toBe('DONE');
    const canceled = await getOrder(id, 'CANCELLATION,FULFILLMENT');
    expect(canceled.fulfillment?.fulfillmentStatus).toBe('CANCELLED');
    for (const item of canceled.orderItems) {
      expect(item.cancellation).toEqual({
        cancellationRequest: { requester: 'BUYER', cancelReason: 'Ordered by mistake' },
        cancellationExecution: { cancelledBy: 'MERCHANT', cancelReason: 'BuyerCanceled' },
      });
    }
  });

  it('hides item prices and the address while Pending; every marketplace and state validates', async () => {
    const pending = await newOrder({ status: 'Pending' });
    const order = await getOrder(pending.AmazonOrderId, ALL);
    expect(order.fulfillment?.fulfillmentStatus).toBe('PENDING');
    expect(order).not.toHaveProperty('recipient');
    expect(order.orderItems.every((item) => item.product.price === undefined)).toBe(true);
    for (const body of [
      { marketplace_id: 'A1VC38T7YXB528', status: 'Unshipped', fulfillment_channel: 'MFN' },
      { marketplace_id: 'A1PA6795UKMFR9', status: 'Shipped', fulfillment_channel: 'AFN' },
      { status: 'PartiallyShipped' },
      { status: 'InvoiceUnconfirmed' },
      { status: 'Unfulfillable' },
      { status: 'PendingAvailability' },
    ]) {
      const view = await newOrder(body);
      await getOrder(view.AmazonOrderId, ALL);
    }
  });

  it('400 for a bad id or includedData, 403 without a token, 404 for an unknown order', async () => {
    const view = await newOrder();
    const cases: [string, string, number][] = [
      [path('not-an-order', 'CANCELLATION'), token, 400],
      [path(view.AmazonOrderId, 'CANCELLATION,EVERYTHING'), token, 400],
      [path(view.AmazonOrderId), 'Atza|nope', 403],
      [path('111-0000000-0000000', 'CANCELLATION'), token, 404],
    ];
    for (const [url, accessToken, status] of cases) {
      const answer = await s.call('GET', url, accessToken);
      expect(answer.status, url).toBe(status);
      expect(answer.body).toEqual({ errors: [expect.objectContaining({ code: expect.any(String) })] });
      expectValid(answer);
      expect(answer.headers.has('x-amzn-ratelimit-limit')).toBe(status !== 403);
    }
  });

  it('includedData may be comma-separated or repeated', () => {
    expect(parseIncludedData(undefined)).toEqual(new Set());
    expect(parseIncludedData('CANCELLATION,BUYER')).toEqual(new Set(['CANCELLATION', 'BUYER']));
    expect(parseIncludedData(['CANCELLATION', 'BUYER,TAX'])).toEqual(
      new Set(['CANCELLATION', 'BUYER', 'TAX']),
    );
    expect(() => parseIncludedData('cancellation')).toThrow(/includedData/);
  });
});

describe('getOrder2026 in the pipeline', () => {
  it('takes faults under its own name, apart from v0 getOrder', async () => {
    const view = await newOrder({ status: 'Unshipped', fulfillment_channel: 'MFN' });
    const id = view.AmazonOrderId;
    const added = await s.control('POST', '/faults', { operation: 'getOrder2026', status: 503, count: 1 });
    expect(added.status, added.text).toBe(201);
    expect((await s.call('GET', `/orders/v0/orders/${id}`, token)).status).toBe(200);
    const failed = await s.call('GET', path(id, 'CANCELLATION'), token);
    expect(failed.status).toBe(503);
    expectValid(failed);
    expect((await s.call('GET', path(id, 'CANCELLATION'), token)).status).toBe(200);

    await s.control('POST', '/faults', { operation: 'getOrder', status: 500, count: 1 });
    expect((await s.call('GET', path(id), token)).status).toBe(200);
    expect((await s.call('GET', `/orders/v0/orders/${id}`, token)).status).toBe(500);

    await s.control('POST', '/faults', { operation: 'getOrder2026', malformed: 'wrong_shape', count: 1 });
    const wrong = await s.call('GET', path(id), token);
    expect(wrong.status).toBe(200);
    expect(model.errors(TEMPLATE, 'GET', 200, wrong.body)).not.toEqual([]);
  });

  it('has its own usage plan bucket (burst 30), apart from v0 getOrder', async () => {
    const limited = await startSandbox({ rateLimits: true });
    try {
      const view = limited.sandbox.createOrders({ count: 1, ageSeconds: 600 })[0]!;
      const bucketToken = await limited.token();
      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) {
        statuses.push((await limited.call('GET', path(view.AmazonOrderId), bucketToken)).status);
      }
      expect(statuses.every((status) => status === 200)).toBe(true);
      const throttled = await limited.call('GET', path(view.AmazonOrderId), bucketToken);
      expect(throttled.status).toBe(429);
      expect(model.errors(TEMPLATE, 'GET', 429, throttled.body)).toEqual([]);
      expect((await limited.call('GET', `/orders/v0/orders/${view.AmazonOrderId}`, bucketToken)).status).toBe(
        200,
      );
    } finally {
      await limited.close();
    }
  });
});
