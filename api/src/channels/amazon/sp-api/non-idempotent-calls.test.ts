// Calls that must not be repeated blindly (confirmShipment, createFeed): retried after answers that come
// before Amazon acts (429, 503), never after one that may have taken effect (a lost answer, a 500).
import { describe, expect, it } from 'vitest';
import { connectToSandbox } from '../../../../test/support/sandbox.js';
import { useTestSandbox } from '../../../../test/support/use-test-sandbox.js';
import { FEED_CONTENT_TYPE, ORDER_ACKNOWLEDGEMENT_FEED } from './order-acknowledgement.js';

const TIMEOUT_MS = 300;
const sandbox = useTestSandbox();

const connect = () =>
  connectToSandbox(sandbox, { refreshToken: 'Atzr|non-idempotent', timeoutMs: TIMEOUT_MS }).client;

async function unshippedOrder() {
  const { orders } = await sandbox.control<{
    orders: { AmazonOrderId: string; items: { OrderItemId: string; QuantityOrdered: number }[] }[];
  }>('/_sandbox/orders', { count: 1, status: 'Unshipped', fulfillment_channel: 'MFN', age_seconds: 600 });
  const order = orders[0]!;
  return {
    id: order.AmazonOrderId,
    confirmation: {
      marketplaceId: 'ATVPDKIKX0DER',
      packageDetail: {
        packageReferenceId: '1',
        carrierCode: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        shipDate: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        orderItems: order.items.map((i) => ({ orderItemId: i.OrderItemId, quantity: i.QuantityOrdered })),
      },
    },
  };
}

const shipmentsOf = async (id: string) =>
  (await sandbox.get<{ shipments: { amazonOrderId: string }[] }>('/_sandbox/shipments')).shipments.filter(
    (s) => s.amazonOrderId === id,
  );

/** Waits until the sandbox has finished the call the client stopped waiting for. */
async function settled<T>(read: () => Promise<T[]>, count: number): Promise<T[]> {
  for (let i = 0; i < 100; i += 1) {
    const found = await read();
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}

describe('a call that must not be repeated blindly', () => {
  it('is retried after 429 and 503, which come before Amazon acts', async () => {
    const api = connect();
    const order = await unshippedOrder();
    await sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 429, count: 1 });
    await sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 503, count: 1 });
    await api.orders.confirmShipment(order.id, order.confirmation);
    expect(await shipmentsOf(order.id)).toHaveLength(1);
  });

  it('is not retried after a 500: the caller is told, and Amazon got it at most once', async () => {
    const api = connect();
    const order = await unshippedOrder();
    await sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 500, count: 1 });
    const failure = await api.orders.confirmShipment(order.id, order.confirmation).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 500, mayHaveTakenEffect: true });
    expect(await sandbox.get('/_sandbox/faults')).toEqual({ faults: [] });
    expect(await shipmentsOf(order.id)).toHaveLength(0);
  });

  it('is not retried after its answer is lost, though Amazon acted on it', async () => {
    const api = connect();
    const order = await unshippedOrder();
    await sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', latency_ms: 1500, count: 1 });
    const failure = await api.orders.confirmShipment(order.id, order.confirmation).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'Timeout', mayHaveTakenEffect: true });
    expect(await settled(() => shipmentsOf(order.id), 1)).toHaveLength(1);

    const feeds = async () => (await sandbox.get<{ feeds: unknown[] }>('/_sandbox/feeds')).feeds;
    const before = (await feeds()).length;
    const document = await api.feeds.createFeedDocument(FEED_CONTENT_TYPE);
    await api.feeds.uploadFeedDocument(document.url, '<AmazonEnvelope/>', FEED_CONTENT_TYPE);
    await sandbox.control('/_sandbox/faults', { operation: 'createFeed', latency_ms: 1500, count: 1 });
    const lost = await api.feeds
      .createFeed(ORDER_ACKNOWLEDGEMENT_FEED, ['ATVPDKIKX0DER'], document.feedDocumentId)
      .catch((e: unknown) => e);
    expect(lost).toMatchObject({ operation: 'createFeed', code: 'Timeout' });
    expect(await settled(feeds, before + 1)).toHaveLength(before + 1);
  });

  it('leaves calls that may be repeated as they were: a lost getOrder answer is asked again', async () => {
    const api = connect();
    const order = await unshippedOrder();
    await sandbox.control('/_sandbox/faults', { operation: 'getOrder', latency_ms: 1500, count: 1 });
    expect((await api.orders.getOrder(order.id)).AmazonOrderId).toBe(order.id);
  });
});
