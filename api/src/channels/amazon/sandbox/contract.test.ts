// Every kind of answer the sandbox gives validates against Amazon's own models (ordersV0.json,
// feeds_2021-06-30.json), compiled to JSON Schema for ajv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feed } from './amazon/model-types.js';
import type { SandboxOrderView } from './orders/sandbox-order.js';
import { acknowledgementXml, fetchReport, submitFeed, waitForFeed } from './test-support/feed-flow.js';
import { loadModel } from './test-support/model-validator.js';
import { startSandbox, type Answer, type RunningSandbox } from './test-support/start-sandbox.js';

const orders = loadModel('ordersV0.json');
const feeds = loadModel('feeds_2021-06-30.json');
const ORDERS = '/orders/v0/orders';
const US = 'ATVPDKIKX0DER';

let s: RunningSandbox;
let token: string;
let unshipped: SandboxOrderView;
let pending: SandboxOrderView;

function expectOrders(template: string, method: string, answer: Answer): void {
  expect(orders.errors(template, method, answer.status, answer.body), answer.text).toEqual([]);
}
function expectFeeds(template: string, method: string, answer: Answer): void {
  expect(feeds.errors(template, method, answer.status, answer.body), answer.text).toEqual([]);
}

beforeAll(async () => {
  s = await startSandbox({ rateLimits: true, feedProcessingDelayMs: 600 });
  token = await s.token();
  const created = await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
    count: 5,
    status: 'Unshipped',
    age_seconds: 600,
    quantity: 2,
  });
  unshipped = created.body.orders[0]!;
  pending = (
    await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', { count: 1, age_seconds: 600 })
  ).body.orders[0]!;
  await s.control('POST', '/orders', { count: 20, age_seconds: 900, marketplace_id: 'A1VC38T7YXB528' });
  await s.control('POST', '/orders', { count: 5, status: 'Canceled', by: 'amazon', age_seconds: 600 });
});
afterAll(() => s.close());

describe('Orders API v0 answers match ordersV0.json', () => {
  it('getOrders, with a NextToken page', async () => {
    const after = new Date(Date.now() - 3_600_000).toISOString();
    const first = await s.call<{ payload: { NextToken?: string; Orders: unknown[] } }>(
      'GET',
      `${ORDERS}?MarketplaceIds=${US}&LastUpdatedAfter=${after}&MaxResultsPerPage=4`,
      token,
    );
    expect(first.status).toBe(200);
    expectOrders(ORDERS, 'GET', first);
    expect(first.body.payload.Orders).toHaveLength(4);
    const next = await s.call(
      'GET',
      `${ORDERS}?MarketplaceIds=${US}&NextToken=${encodeURIComponent(first.body.payload.NextToken!)}`,
      token,
    );
    expect(next.status).toBe(200);
    expectOrders(ORDERS, 'GET', next);
    const japan = await s.call('GET', `${ORDERS}?MarketplaceIds=A1VC38T7YXB528&CreatedAfter=${after}`, token);
    expectOrders(ORDERS, 'GET', japan);
  });

  it('getOrder, getOrderItems, getOrderAddress, getOrderBuyerInfo', async () => {
    for (const entry of [unshipped, pending]) {
      const id = entry.AmazonOrderId;
      for (const [suffix, template] of [
        ['', `${ORDERS}/{orderId}`],
        ['/orderItems', `${ORDERS}/{orderId}/orderItems`],
        ['/address', `${ORDERS}/{orderId}/address`],
        ['/buyerInfo', `${ORDERS}/{orderId}/buyerInfo`],
      ] as const) {
        const answer = await s.call('GET', `${ORDERS}/${id}${suffix}`, token);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-amzn-ratelimit-limit')).toBe('0.5');
        expectOrders(template, 'GET', answer);
      }
    }
  });

  it('confirmShipment 204 and 400', async () => {
    const item = unshipped.items[0]!;
    const request = (quantity: number) => ({
      marketplaceId: US,
      packageDetail: {
        packageReferenceId: '1',
        carrierCode: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        shipDate: new Date().toISOString(),
        orderItems: [{ orderItemId: item.OrderItemId, quantity }],
      },
    });
    const path = `${ORDERS}/${unshipped.AmazonOrderId}/shipmentConfirmation`;
    const ok = await s.call('POST', path, token, request(1));
    expect(ok.status).toBe(204);
    expectOrders(`${ORDERS}/{orderId}/shipmentConfirmation`, 'POST', ok);
    const refused = await s.call('POST', path, token, request(99));
    expect(refused.status).toBe(400);
    expectOrders(`${ORDERS}/{orderId}/shipmentConfirmation`, 'POST', refused);
  });

  it('400, 403, 404 and 429', async () => {
    const invalid = await s.call('GET', `${ORDERS}?CreatedAfter=2024-01-01T00:00:00Z`, token);
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ errors: [{ code: 'InvalidInput', message: expect.any(String) }] });
    expectOrders(ORDERS, 'GET', invalid);

    const denied = await s.call('GET', `${ORDERS}/${unshipped.AmazonOrderId}`, 'Atza|nope');
    expect(denied.status).toBe(403);
    expectOrders(`${ORDERS}/{orderId}`, 'GET', denied);

    const missing = await s.call('GET', `${ORDERS}/111-0000000-0000000/orderItems`, token);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: [{ code: 'NotFound', message: expect.any(String) }] });
    expectOrders(`${ORDERS}/{orderId}/orderItems`, 'GET', missing);

    const burst = await s.token();
    let throttled: Answer | undefined;
    for (let i = 0; i < 21 && !throttled; i += 1) {
      const answer = await s.call(
        'GET',
        `${ORDERS}?MarketplaceIds=${US}&CreatedAfter=2024-01-01T00:00:00Z`,
        burst,
      );
      if (answer.status === 429) throttled = answer;
    }
    expect(throttled?.status).toBe(429);
    expectOrders(ORDERS, 'GET', throttled!);
  });
});

describe('Feeds API answers match feeds_2021-06-30.json', () => {
  // Polling getFeed goes past its usage plan (2/s); the 429 is checked above.
  beforeAll(() => s.control('POST', '/rate-limits', { enabled: false }));

  it('createFeedDocument, createFeed, getFeed in each state, getFeedDocument', async () => {
    const doc = await s.call<{ feedDocumentId: string }>('POST', '/feeds/2021-06-30/documents', token, {
      contentType: 'text/xml; charset=UTF-8',
    });
    expect(doc.status).toBe(201);
    expectFeeds('/feeds/2021-06-30/documents', 'POST', doc);

    const xml = acknowledgementXml([{ orderId: unshipped.AmazonOrderId, status: 'Success' }]);
    const feedId = await submitFeed(s, token, xml);
    const seen = new Map<string, Answer>();
    for (let i = 0; i < 200; i += 1) {
      const answer = await s.call<Feed>('GET', `/feeds/2021-06-30/feeds/${feedId}`, token);
      seen.set(answer.body.processingStatus, answer);
      if (answer.body.processingStatus === 'DONE') break;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    expect([...seen.keys()]).toEqual(['IN_QUEUE', 'IN_PROGRESS', 'DONE']);
    for (const answer of seen.values()) expectFeeds('/feeds/2021-06-30/feeds/{feedId}', 'GET', answer);

    const fatalId = await submitFeed(s, token, '<AmazonEnvelope><Header>');
    const fatal = await waitForFeed(s, token, fatalId);
    expect(fatal.processingStatus).toBe('FATAL');
    expectFeeds('/feeds/2021-06-30/feeds/{feedId}', 'GET', {
      status: 200,
      body: fatal,
      text: '',
      headers: new Headers(),
    });

    const done = seen.get('DONE')!.body as Feed;
    for (const id of [done.resultFeedDocumentId!, fatal.resultFeedDocumentId!, doc.body.feedDocumentId]) {
      const answer = await s.call('GET', `/feeds/2021-06-30/documents/${encodeURIComponent(id)}`, token);
      expect(answer.status).toBe(200);
      expectFeeds('/feeds/2021-06-30/documents/{feedDocumentId}', 'GET', answer);
    }
    const reports = [
      await fetchReport(s, token, done.resultFeedDocumentId!),
      await fetchReport(s, token, fatal.resultFeedDocumentId!),
    ];
    expect(reports.map((r) => r.document.compressionAlgorithm ?? 'none')).toEqual(['none', 'GZIP']);
  });

  it('Feeds errors: 400, 403, 404', async () => {
    const invalid = await s.call('POST', '/feeds/2021-06-30/feeds', token, {
      feedType: 'X',
      marketplaceIds: [],
    });
    expect(invalid.status).toBe(400);
    expectFeeds('/feeds/2021-06-30/feeds', 'POST', invalid);
    const denied = await s.call('GET', '/feeds/2021-06-30/feeds/1', 'Atza|nope');
    expect(denied.status).toBe(403);
    expectFeeds('/feeds/2021-06-30/feeds/{feedId}', 'GET', denied);
    const missing = await s.call('GET', '/feeds/2021-06-30/feeds/999', token);
    expect(missing.status).toBe(404);
    expectFeeds('/feeds/2021-06-30/feeds/{feedId}', 'GET', missing);
    const noDocument = await s.call('GET', '/feeds/2021-06-30/documents/unknown', token);
    expect(noDocument.status).toBe(404);
    expectFeeds('/feeds/2021-06-30/documents/{feedDocumentId}', 'GET', noDocument);
  });
});
