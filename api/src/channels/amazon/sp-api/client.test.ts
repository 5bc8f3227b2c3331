import { describe, expect, it } from 'vitest';
import { connectToSandbox } from '../../../../test/support/sandbox.js';
import { useTestSandbox } from '../../../../test/support/use-test-sandbox.js';
import { DEFAULT_TIMEOUT_MS, type SpApiClient } from './client.js';
import { SpApiError } from './errors.js';
import { httpCaller, type HttpCaller } from './http-call.js';
import {
  buildOrderAcknowledgementFeed,
  FEED_CONTENT_TYPE,
  ORDER_ACKNOWLEDGEMENT_FEED,
} from './order-acknowledgement.js';
import { parseProcessingReport } from './processing-report.js';
import { RateLimits } from './rate-limits.js';
import { staticExamples } from './reference-models.js';

const sandbox = useTestSandbox();

const MARKETPLACE = 'ATVPDKIKX0DER';

/** A client of the sandbox, with quick retries, that keeps every communication error it records. */
const connect = (options: { refreshToken?: string; rateLimits?: RateLimits; http?: HttpCaller } = {}) =>
  connectToSandbox(sandbox, options);

async function newOrder(
  status: string,
  extra: Record<string, unknown> = {},
): Promise<{ AmazonOrderId: string; items: { OrderItemId: string; QuantityOrdered: number }[] }> {
  const { orders } = await sandbox.control<{
    orders: { AmazonOrderId: string; items: { OrderItemId: string; QuantityOrdered: number }[] }[];
  }>('/_sandbox/orders', { count: 1, status, fulfillment_channel: 'MFN', age_seconds: 600, ...extra });
  return orders[0]!;
}

/** An HTTP caller that counts the calls made to Login with Amazon. */
function countTokenExchanges() {
  const real = httpCaller(DEFAULT_TIMEOUT_MS);
  let count = 0;
  const http: HttpCaller = (request) => {
    if (request.url.endsWith('/auth/o2/token')) count += 1;
    return real(request);
  };
  return { count: () => count, http };
}

describe('the connector against the sandbox, over HTTP', () => {
  it('exchanges the refresh token once and reuses the access token', async () => {
    const exchanges = countTokenExchanges();
    {
      const { client, recorded } = connect({ http: exchanges.http });
      const order = await newOrder('Unshipped');
      for (let i = 0; i < 5; i++) await client.orders.getOrder(order.AmazonOrderId);
      expect(exchanges.count()).toBe(1);
      expect(recorded).toEqual([]);
    }
  });

  it('exchanges again when Amazon ends the token early, and the caller never notices', async () => {
    const exchanges = countTokenExchanges();
    {
      const { client, recorded } = connect({ http: exchanges.http });
      const order = await newOrder('Unshipped');
      await client.orders.getOrder(order.AmazonOrderId);
      await sandbox.control('/_sandbox/tokens/expire');
      expect((await client.orders.getOrder(order.AmazonOrderId)).AmazonOrderId).toBe(order.AmazonOrderId);
      expect(exchanges.count()).toBe(2);
      expect(recorded).toEqual([]);
    }
  });

  it("maps a refused refresh token to LWA's error, recorded once", async () => {
    const { client, recorded } = connect({ refreshToken: 'revoked-token' });
    const failure = await client.orders.getOrder('111-0000000-0000000').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpApiError);
    expect(failure).toMatchObject({ operation: 'lwaToken', status: 400, code: 'invalid_grant' });
    expect(recorded).toHaveLength(1);
  });

  it('rides out 429s and 503s with retries, without recording anything', async () => {
    const { client, recorded } = connect();
    const order = await newOrder('Unshipped');
    await sandbox.control('/_sandbox/faults', { operation: 'getOrder', status: 429, count: 2 });
    await sandbox.control('/_sandbox/faults', { operation: 'getOrderItems', status: 503, count: 3 });
    expect((await client.orders.getOrder(order.AmazonOrderId)).AmazonOrderId).toBe(order.AmazonOrderId);
    expect(await client.orders.getOrderItems(order.AmazonOrderId)).toHaveLength(order.items.length);
    expect(recorded).toEqual([]);
  });

  it('gives up after the bounded retries with Amazon code and message, recorded once', async () => {
    const { client, recorded } = connect();
    await sandbox.control('/_sandbox/faults', { operation: 'getOrder', status: 429, count: 20 });
    const failure = await client.orders.getOrder('111-0000000-0000000').catch((error: unknown) => error);
    expect(failure).toMatchObject({ operation: 'getOrder', status: 429, code: 'QuotaExceeded' });
    expect(recorded).toHaveLength(1);
    const faults = await sandbox.get<{ remaining?: number; count?: number }[]>('/_sandbox/faults');
    expect(JSON.stringify(faults)).toContain('15'); // 1 try + 4 retries used 5 of the 20
  });

  it('turns a malformed answer into a recorded MalformedResponse, never a crash', async () => {
    const { client, recorded } = connect();
    const order = await newOrder('Unshipped');
    await sandbox.control('/_sandbox/faults', { operation: 'getOrder', malformed: 'wrong_shape', count: 10 });
    const failure = await client.orders.getOrder(order.AmazonOrderId).catch((error: unknown) => error);
    expect(failure).toMatchObject({ operation: 'getOrder', code: 'MalformedResponse' });
    expect(recorded).toHaveLength(1);
  });

  it('paces calls by its token bucket and follows x-amzn-RateLimit-Limit', async () => {
    const rateLimits = new RateLimits({ enabled: true, plans: { getOrder: { rate: 10, burst: 2 } } });
    const { client } = connect({ rateLimits });
    const order = await newOrder('Unshipped');
    const started = Date.now();
    for (let i = 0; i < 5; i++) await client.orders.getOrder(order.AmazonOrderId);
    // Two from the burst at once; the first answer's header (0.5 req/s) then sets the pace.
    expect(rateLimits.bucket(1, 'getOrder').rate).toBe(0.5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 1000);
  }, 20_000);

  it('pages getOrders with NextToken, each order once', async () => {
    const { client } = connect();
    const { order_ids: created } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 130,
      status: 'Unshipped',
      age_seconds: 400,
      marketplace_id: 'A1PA6795UKMFR9',
      brief: true,
    });
    const seen: string[] = [];
    let pages = 0;
    for await (const page of client.orders.getOrders({
      marketplaceIds: ['A1PA6795UKMFR9'],
      lastUpdatedAfter: new Date(Date.now() - 3600_000).toISOString(),
      lastUpdatedBefore: new Date(Date.now() - 180_000).toISOString(),
      maxResultsPerPage: 50,
    })) {
      pages += 1;
      seen.push(...page.orders.map((order) => order.AmazonOrderId));
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...created].sort());
  });

  it('confirms a shipment with its tracking, and Amazon moves the order to Shipped', async () => {
    const { client } = connect();
    const order = await newOrder('Unshipped');
    await client.orders.confirmShipment(order.AmazonOrderId, {
      marketplaceId: MARKETPLACE,
      packageDetail: {
        packageReferenceId: '1',
        carrierCode: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        shipDate: new Date().toISOString(),
        orderItems: order.items.map((item) => ({
          orderItemId: item.OrderItemId,
          quantity: item.QuantityOrdered,
        })),
      },
    });
    expect((await client.orders.getOrder(order.AmazonOrderId)).OrderStatus).toBe('Shipped');
    expect(JSON.stringify(await sandbox.get('/_sandbox/shipments'))).toContain('1Z999AA10123456784');
  });
});

describe("Amazon's static sandbox examples, read by the client over HTTP", () => {
  const examples = staticExamples();
  const example = (operationId: string, status: string, parameter: string, value: string) =>
    examples.find(
      (e) =>
        e.operationId === operationId &&
        e.status === status &&
        e.request.parameters[parameter]?.value === value,
    )!;

  it('getOrders TEST_CASE_200 answers the example orders', async () => {
    const { client } = connect();
    const pages = client.orders.getOrders({ marketplaceIds: [MARKETPLACE], createdAfter: 'TEST_CASE_200' });
    const first = (await pages.next()).value!;
    expect(first.orders).toEqual(
      (
        example('getOrders', '200', 'CreatedAfter', 'TEST_CASE_200').response as {
          payload: { Orders: unknown };
        }
      ).payload.Orders,
    );
  });

  it.each(['getOrder', 'getOrderItems', 'getOrderAddress', 'getOrderBuyerInfo'] as const)(
    '%s TEST_CASE_200 answers the example',
    async (operation) => {
      const { client } = connect();
      const expected = (
        example(operation, '200', 'orderId', 'TEST_CASE_200').response as {
          payload: { OrderItems?: unknown };
        }
      ).payload;
      const answer = await client.orders[operation]('TEST_CASE_200');
      expect(answer).toEqual(operation === 'getOrderItems' ? expected.OrderItems : expected);
    },
  );

  it("getOrder TEST_CASE_400 fails with the example's error", async () => {
    const { client, recorded } = connect();
    const expected = (
      example('getOrder', '400', 'orderId', 'TEST_CASE_400').response as {
        errors: { code: string; message: string }[];
      }
    ).errors[0]!;
    await expect(client.orders.getOrder('TEST_CASE_400')).rejects.toMatchObject({
      status: 400,
      code: expected.code,
      message: expected.message,
    });
    expect(recorded).toHaveLength(1);
  });
});

describe('the cancellation feed flow', () => {
  async function submitAndWait(
    client: SpApiClient,
    orders: { AmazonOrderId: string; items: { OrderItemId: string }[] }[],
  ) {
    const xml = buildOrderAcknowledgementFeed(
      'A2DEMOSELLER01',
      orders.map((order) => ({
        amazonOrderId: order.AmazonOrderId,
        statusCode: 'Failure' as const,
        items: order.items.map((item) => ({
          amazonOrderItemCode: item.OrderItemId,
          cancelReason: 'NoInventory' as const,
        })),
      })),
    );
    const feedId = await client.feeds.submitFeed(
      ORDER_ACKNOWLEDGEMENT_FEED,
      [MARKETPLACE],
      xml,
      FEED_CONTENT_TYPE,
    );
    for (let i = 0; i < 100; i++) {
      const feed = await client.feeds.getFeed(feedId);
      if (feed.processingStatus === 'DONE')
        return parseProcessingReport(await client.feeds.downloadFeedDocument(feed.resultFeedDocumentId!));
      if (feed.processingStatus === 'FATAL' || feed.processingStatus === 'CANCELLED')
        throw new Error(feed.processingStatus);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('feed not processed');
  }

  it('cancels an Unshipped order, and reports the Shipped one as an error naming it (plain and GZIP reports)', async () => {
    const { client, recorded } = connect();
    const unshipped = await newOrder('Unshipped');
    const shipped = await newOrder('Shipped');
    const first = await submitAndWait(client, [unshipped]);
    expect(first).toMatchObject({ processed: 1, successful: 1, withError: 0 });
    expect((await client.orders.getOrder(unshipped.AmazonOrderId)).OrderStatus).toBe('Canceled');
    const second = await submitAndWait(client, [shipped]);
    expect(second).toMatchObject({ processed: 1, successful: 0, withError: 1 });
    expect(second.results[0]).toMatchObject({ resultCode: 'Error', amazonOrderId: shipped.AmazonOrderId });
    expect((await client.orders.getOrder(shipped.AmazonOrderId)).OrderStatus).toBe('Shipped');
    expect(recorded).toEqual([]);
  });
});
