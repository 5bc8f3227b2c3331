import { describe, expect, it } from 'vitest';
import { connectToSandbox } from '../../../../test/support/sandbox.js';
import { useTestSandbox } from '../../../../test/support/use-test-sandbox.js';
import { SpApiError } from './errors.js';
import { cancellationOf, GET_ORDER_2026 } from './orders-2026-api.js';
import { RateLimits } from './rate-limits.js';
import { readReference } from './reference-models.js';
import { spApiErrorBodySchema } from './schemas/errors.js';
import { getOrder2026ResponseSchema, type SpOrder2026 } from './schemas/orders-2026.js';

const sandbox = useTestSandbox();

/** A client of the sandbox, with quick retries, that keeps every communication error it records. */
const connect = (rateLimits = new RateLimits({ enabled: false })) =>
  connectToSandbox(sandbox, { rateLimits });

async function newOrder(status = 'Unshipped'): Promise<{ AmazonOrderId: string; items: unknown[] }> {
  const { orders } = await sandbox.control<{ orders: { AmazonOrderId: string; items: unknown[] }[] }>(
    '/_sandbox/orders',
    { count: 1, status, fulfillment_channel: 'MFN', age_seconds: 600 },
  );
  return orders[0]!;
}

describe('orders2026.getCancellation against the sandbox, over HTTP', () => {
  it.each(['buyer', 'amazon', 'seller'] as const)('says the order was cancelled by the %s', async (by) => {
    const { client, recorded } = connect();
    const order = await newOrder();
    await sandbox.control(`/_sandbox/orders/${order.AmazonOrderId}/status`, { status: 'Canceled', by });
    const cancellation = await client.orders2026.getCancellation(order.AmazonOrderId);
    expect(cancellation).toMatchObject({
      amazonOrderId: order.AmazonOrderId,
      fulfillmentStatus: 'CANCELLED',
      canceledBy: by,
      buyerRequestedCancel: false,
      buyerCancelReason: null,
      unexpected: [],
    });
    expect(cancellation.items).toHaveLength(order.items.length);
    expect(cancellation.items.every((item) => item.canceledBy === by)).toBe(true);
    expect(recorded).toEqual([]);
  });

  it("gives the buyer's cancel request and reason, then who cancelled once the seller does", async () => {
    const { client } = connect();
    const order = await newOrder();
    await sandbox.control(`/_sandbox/orders/${order.AmazonOrderId}/buyer-cancel-request`, {
      reason: 'Found it cheaper elsewhere',
    });
    expect(await client.orders2026.getCancellation(order.AmazonOrderId)).toMatchObject({
      fulfillmentStatus: 'UNSHIPPED',
      canceledBy: null,
      cancelReason: null,
      buyerRequestedCancel: true,
      buyerCancelReason: 'Found it cheaper elsewhere',
    });
    await sandbox.control(`/_sandbox/orders/${order.AmazonOrderId}/status`, {
      status: 'Canceled',
      by: 'seller',
    });
    expect(await client.orders2026.getCancellation(order.AmazonOrderId)).toMatchObject({
      fulfillmentStatus: 'CANCELLED',
      canceledBy: 'seller',
      buyerRequestedCancel: true,
      buyerCancelReason: 'Found it cheaper elsewhere',
    });
  });

  it('says nothing about an order nobody cancelled', async () => {
    const { client } = connect();
    const order = await newOrder('Shipped');
    expect(await client.orders2026.getCancellation(order.AmazonOrderId)).toMatchObject({
      fulfillmentStatus: 'SHIPPED',
      canceledBy: null,
      cancelReason: null,
      buyerRequestedCancel: false,
      buyerCancelReason: null,
    });
  });

  it('getOrder asks only for the datasets given', async () => {
    const { client } = connect();
    const order = await newOrder();
    const bare = await client.orders2026.getOrder(order.AmazonOrderId);
    expect(bare.orderId).toBe(order.AmazonOrderId);
    expect(bare).not.toHaveProperty('buyer');
    expect(bare).not.toHaveProperty('fulfillment');
    const withBuyer = await client.orders2026.getOrder(order.AmazonOrderId, ['BUYER', 'FULFILLMENT']);
    expect(withBuyer).toHaveProperty('buyer.buyerEmail');
    expect(withBuyer.fulfillment?.fulfillmentStatus).toBe('UNSHIPPED');
  });

  it(`rides out faults of ${GET_ORDER_2026} with retries, and records a 404 once under that name`, async () => {
    const { client, recorded } = connect();
    const order = await newOrder();
    await sandbox.control('/_sandbox/faults', { operation: GET_ORDER_2026, status: 503, count: 2 });
    await sandbox.control('/_sandbox/faults', { operation: GET_ORDER_2026, status: 429, count: 1 });
    expect((await client.orders2026.getCancellation(order.AmazonOrderId)).canceledBy).toBeNull();
    expect(recorded).toEqual([]);
    const missing = await client.orders2026
      .getCancellation('111-0000000-0000000')
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(SpApiError);
    expect(missing).toMatchObject({ operation: GET_ORDER_2026, status: 404, code: 'NotFound' });
    expect(recorded).toHaveLength(1);
  });

  it('turns a malformed answer into a recorded MalformedResponse', async () => {
    const { client, recorded } = connect();
    const order = await newOrder();
    await sandbox.control('/_sandbox/faults', {
      operation: GET_ORDER_2026,
      malformed: 'wrong_shape',
      count: 10,
    });
    const failure = await client.orders2026
      .getCancellation(order.AmazonOrderId)
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ operation: GET_ORDER_2026, code: 'MalformedResponse' });
    expect(recorded).toHaveLength(1);
  });

  it('paces calls in a bucket of its own, following x-amzn-RateLimit-Limit', async () => {
    const rateLimits = new RateLimits({ enabled: true });
    const { client } = connect(rateLimits);
    const order = await newOrder();
    expect(rateLimits.bucket(1, GET_ORDER_2026)).not.toBe(rateLimits.bucket(1, 'getOrder'));
    await client.orders2026.getCancellation(order.AmazonOrderId);
    expect(rateLimits.bucket(1, GET_ORDER_2026).rate).toBe(0.5);
  });
});

describe('cancellationOf', () => {
  const order = (items: SpOrder2026['orderItems']): SpOrder2026 => ({
    orderId: '111-0000001-1234567',
    createdTime: '2026-11-01T10:00:00Z',
    lastUpdatedTime: '2026-11-01T10:05:00Z',
    salesChannel: { channelName: 'AMAZON' },
    orderItems: items,
  });
  const item = (id: string, cancellation?: Record<string, unknown>) => ({
    orderItemId: id,
    quantityOrdered: 1,
    product: {},
    ...(cancellation ? { cancellation } : {}),
  });

  it('maps BUYER, AMAZON and MERCHANT to buyer, amazon and seller, with the reason', () => {
    for (const [cancelledBy, ours] of [
      ['BUYER', 'buyer'],
      ['AMAZON', 'amazon'],
      ['MERCHANT', 'seller'],
    ] as const) {
      const result = cancellationOf(
        order([item('1', { cancellationExecution: { cancelledBy, cancelReason: 'NoInventory' } })]),
      );
      expect(result).toMatchObject({ canceledBy: ours, cancelReason: 'NoInventory', unexpected: [] });
    }
  });

  it('takes the first cancelled item, and the first buyer reason given', () => {
    const result = cancellationOf(
      order([
        item('1'),
        item('2', { cancellationRequest: { requester: 'BUYER' } }),
        item('3', {
          cancellationRequest: { requester: 'BUYER', cancelReason: 'Late' },
          cancellationExecution: { cancelledBy: 'AMAZON' },
        }),
        item('4', { cancellationExecution: { cancelledBy: 'BUYER' } }),
      ]),
    );
    expect(result).toMatchObject({
      canceledBy: 'amazon',
      cancelReason: null,
      buyerRequestedCancel: true,
      buyerCancelReason: 'Late',
      fulfillmentStatus: null,
    });
    expect(result.items.map((i) => i.canceledBy)).toEqual([null, null, 'amazon', 'buyer']);
  });

  it('reads a value the model does not list as unknown, and reports it', () => {
    const result = cancellationOf(
      order([
        item('1', {
          cancellationExecution: { cancelledBy: 'CARRIER' },
          cancellationRequest: { requester: 'SELLER', cancelReason: 'x' },
        }),
      ]),
    );
    expect(result).toMatchObject({ canceledBy: null, buyerRequestedCancel: false, buyerCancelReason: null });
    expect(result.unexpected).toEqual([
      { field: 'cancellationExecution.cancelledBy', value: 'CARRIER' },
      { field: 'cancellationRequest.requester', value: 'SELLER' },
    ]);
  });
});

describe("the edge schema reads the model's getOrder examples", () => {
  interface Answer {
    examples?: Record<string, unknown>;
    'x-amzn-api-sandbox'?: { static?: { response: unknown }[] };
  }
  const model = JSON.parse(readReference('orders_2026-01-01.json')) as {
    paths: Record<string, { get: { responses: Record<string, Answer> } }>;
  };
  const responses = model.paths['/orders/2026-01-01/orders/{orderId}']!.get.responses;
  const examples = Object.entries(responses).flatMap(([status, answer]) => [
    ...Object.values(answer.examples ?? {}).map((body) => [`${status} example`, status, body] as const),
    ...(answer['x-amzn-api-sandbox']?.static ?? []).map(
      (example, i) => [`${status} static ${i + 1}`, status, example.response] as const,
    ),
  ]);

  it('has the examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples)('%s', (_name, status, body) => {
    const schema = status.startsWith('2') ? getOrder2026ResponseSchema : spApiErrorBodySchema;
    const parsed = schema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
});
