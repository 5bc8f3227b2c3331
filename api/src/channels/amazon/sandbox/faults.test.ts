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
