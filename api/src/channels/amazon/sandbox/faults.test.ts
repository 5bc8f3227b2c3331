// Injected faults: failures, latency and malformed answers for the next calls of an operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from './test-support/model-validator.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

const QUERY = '/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2024-01-01T00:00:00Z';
const orders = loadModel('ordersV0.json');

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox();
  token = await s.token();
});
afterAll(() => s.close());

describe('faults', () => {
  it('fails the next two getOrders with 503, then answers 200', async () => {
    const added = await s.control('POST', '/faults', { operation: 'getOrders', status: 503, count: 2 });
    expect(added.status).toBe(201);
    expect((await s.control<{ faults: unknown[] }>('GET', '/faults')).body.faults).toHaveLength(1);
    // Other operations are untouched.
    expect((await s.call('GET', '/orders/v0/orders/111-0000000-0000000', token)).status).toBe(404);
    for (let i = 0; i < 2; i += 1) {
      const failed = await s.call('GET', QUERY, token);
      expect(failed.status).toBe(503);
      expect(failed.body).toEqual({ errors: [{ code: 'ServiceUnavailable', message: expect.any(String) }] });
      expect(orders.errors('/orders/v0/orders', 'GET', 503, failed.body)).toEqual([]);
    }
    expect((await s.call('GET', QUERY, token)).status).toBe(200);
    expect((await s.control<{ faults: unknown[] }>('GET', '/faults')).body.faults).toEqual([]);
  });

  it('lets `after` calls through first, and "*" applies to any operation', async () => {
    await s.control('POST', '/faults', { operation: '*', status: 500, count: 1, after: 1 });
    expect((await s.call('GET', QUERY, token)).status).toBe(200);
    const failed = await s.call('GET', '/orders/v0/orders/111-0000000-0000000', token);
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ errors: [{ code: 'InternalFailure', message: expect.any(String) }] });
  });

  it('answers 200 with a body that does not parse, or does not match the model', async () => {
    await s.control('POST', '/faults', { operation: 'getOrders', malformed: true, count: 1 });
    const truncated = await s.call('GET', QUERY, token);
    expect(truncated.status).toBe(200);
    expect(() => JSON.parse(truncated.text) as unknown).toThrow();

    await s.control('POST', '/faults', { operation: 'getOrders', malformed: 'wrong_shape', count: 1 });
    const wrong = await s.call('GET', QUERY, token);
    expect(wrong.status).toBe(200);
    expect(orders.errors('/orders/v0/orders', 'GET', 200, wrong.body)).not.toEqual([]);
  });

  it('slows a call down by latency_ms', async () => {
    await s.control('POST', '/faults', { operation: 'getOrders', latency_ms: 300, count: 1 });
    const started = Date.now();
    expect((await s.call('GET', QUERY, token)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('with delay_answer, runs the operation at once and holds only the answer back', async () => {
    const made = await s.control<{ orders: { AmazonOrderId: string; items: { OrderItemId: string }[] }[] }>(
      'POST',
      '/orders',
      { count: 1, status: 'Unshipped', fulfillment_channel: 'MFN', quantity: 1 },
    );
    const order = made.body.orders[0]!;
    await s.control('POST', '/faults', {
      operation: 'confirmShipment',
      latency_ms: 5000,
      delay_answer: true,
      count: 1,
    });
    const confirmation = {
      marketplaceId: 'ATVPDKIKX0DER',
      packageDetail: {
        packageReferenceId: '1',
        carrierCode: 'UPS',
        trackingNumber: '1Z999',
        shipDate: '2026-01-01T00:00:00Z',
        orderItems: order.items.map((i) => ({ orderItemId: i.OrderItemId, quantity: 1 })),
      },
    };
    // The client gives up long before the answer; Amazon's side has shipped the order all the same.
    const gaveUp = await fetch(`${s.baseUrl}/orders/v0/orders/${order.AmazonOrderId}/shipmentConfirmation`, {
      method: 'POST',
      headers: { 'x-amz-access-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(confirmation),
      signal: AbortSignal.timeout(200),
    }).catch((error: unknown) => error);
    expect(gaveUp).toBeInstanceOf(Error);
    const view = await s.control<{ order: { OrderStatus: string } }>('GET', `/orders/${order.AmazonOrderId}`);
    expect(view.body.order.OrderStatus).toBe('Shipped');
    expect(
      (await s.control('POST', '/faults', { operation: 'getOrder', delay_answer: true, count: 1 })).status,
    ).toBe(400);
  });

  it('fails the LWA token call when asked, in LWA form', async () => {
    await s.control('POST', '/faults', { operation: 'lwaToken', status: 500, count: 1 });
    const res = await fetch(`${s.baseUrl}/auth/o2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'r',
        client_id: 'c',
        client_secret: 's',
      }),
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: 'server_error' });
  });

  it('refuses a bad fault with 400', async () => {
    for (const body of [
      { operation: 'getOrdersss', status: 503, count: 1 },
      { operation: 'getOrders', count: 1 },
      { operation: 'getOrders', status: 200, count: 1 },
      { operation: 'getOrders', status: 503, count: 0 },
      { operation: 'getOrders', status: 503, malformed: true },
    ]) {
      const answer = await s.control<{ message: string }>('POST', '/faults', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.message).toBeTruthy();
    }
  });
});

describe('random faults', () => {
  interface Report {
    rate: number;
    kinds: string[];
    seed: number;
    injected: { total: number; byKind: Record<string, number>; byOperation: Record<string, number> };
  }
  let ORDER = '';
  beforeAll(async () => {
    const made = await s.control<{ order_ids: string[] }>('POST', '/orders', { count: 1, brief: true });
    ORDER = `/orders/v0/orders/${made.body.order_ids[0]}`;
  });

  it('fails about `rate` of the calls, in every kind asked for, and counts them', async () => {
    const on = await s.control<{ random: Report }>('POST', '/faults/random', {
      rate: 0.5,
      kinds: ['429', '500', '503', 'timeout', 'malformed'],
      operations: ['getOrder'],
      timeout_ms: 5,
      seed: 7,
    });
    expect(on.status).toBe(200);
    expect(on.body.random).toMatchObject({ rate: 0.5, seed: 7, injected: { total: 0 } });
    const statuses = new Map<string, number>();
    for (let i = 0; i < 200; i += 1) {
      const res = await s.call('GET', ORDER, token);
      // A malformed answer is a 200 that does not parse, or not as the model says.
      const wellFormed =
        res.status === 200 && orders.errors('/orders/v0/orders/{orderId}', 'GET', 200, res.body).length === 0;
      const key = res.status === 200 && !wellFormed ? 'malformed' : String(res.status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    const { random } = (await s.control<{ random: Report }>('GET', '/faults/random')).body;
    expect(random.injected.total).toBeGreaterThan(60);
    expect(random.injected.total).toBeLessThan(140);
    expect(Object.keys(random.injected.byKind).sort()).toEqual(['429', '500', '503', 'malformed', 'timeout']);
    expect(random.injected.byOperation).toEqual({ getOrder: random.injected.total });
    // Each status seen is what the counters say was injected; a timeout answers late, and well.
    expect(statuses.get('429')).toBe(random.injected.byKind['429']);
    expect(statuses.get('500')).toBe(random.injected.byKind['500']);
    expect(statuses.get('503')).toBe(random.injected.byKind['503']);
    expect(statuses.get('malformed')).toBe(random.injected.byKind.malformed);
    expect(statuses.get('200')).toBe(200 - random.injected.total + random.injected.byKind.timeout!);
    // Other operations are untouched.
    for (let i = 0; i < 20; i += 1) expect((await s.call('GET', QUERY, token)).status).toBe(200);

    const off = await s.control<{ random: Report }>('DELETE', '/faults/random');
    expect(off.body.random.injected.total).toBe(random.injected.total);
    expect((await s.control<{ random: null }>('GET', '/faults/random')).body.random).toBeNull();
    for (let i = 0; i < 20; i += 1) expect((await s.call('GET', ORDER, token)).status).toBe(200);
  });

  it('repeats the same faults for the same seed', async () => {
    const run = async () => {
      await s.control('POST', '/faults/random', { rate: 0.3, kinds: ['500', '503'], seed: 99 });
      const seen: number[] = [];
      for (let i = 0; i < 40; i += 1) seen.push((await s.call('GET', ORDER, token)).status);
      await s.control('DELETE', '/faults/random');
      return seen;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(await run()).toEqual(first);
  });

  it('gives explicit faults first, and DELETE /faults ends random ones too', async () => {
    await s.control('POST', '/faults/random', { rate: 1, kinds: ['500'] });
    await s.control('POST', '/faults', { operation: 'getOrder', status: 503, count: 1 });
    expect((await s.call('GET', ORDER, token)).status).toBe(503);
    expect((await s.call('GET', ORDER, token)).status).toBe(500);
    await s.control('DELETE', '/faults');
    expect((await s.control<{ random: null }>('GET', '/faults/random')).body.random).toBeNull();
    expect((await s.call('GET', ORDER, token)).status).toBe(200);
  });

  it('refuses bad random settings with 400', async () => {
    for (const body of [
      { rate: 1.5 },
      { rate: 0.1, kinds: [] },
      { rate: 0.1, kinds: ['404'] },
      { rate: 0.1, operations: ['nope'] },
      { rate: 0.1, timeout_ms: 0 },
      { rate: 0.1, surprise: true },
    ]) {
      const answer = await s.control<{ message: string }>('POST', '/faults/random', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.message).toBeTruthy();
    }
  });
});
