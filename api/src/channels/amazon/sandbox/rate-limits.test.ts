// Amazon's usage plans as token buckets: getOrders bursts to 20, then 429 without x-amzn-RateLimit-Limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

const QUERY = `/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2024-01-01T00:00:00Z`;

let s: RunningSandbox;
beforeAll(async () => {
  s = await startSandbox({ rateLimits: true });
});
afterAll(() => s.close());

describe('rate limits', () => {
  it('lets getOrders burst to 20 with the limit header, then answers 429 without it', async () => {
    const token = await s.token();
    for (let i = 0; i < 20; i += 1) {
      const answer = await s.call('GET', QUERY, token);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-amzn-ratelimit-limit')).toBe('0.0167');
      expect(answer.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const throttled = await s.call('GET', QUERY, token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('x-amzn-ratelimit-limit')).toBeNull();
    expect(throttled.headers.get('x-amzn-requestid')).toBeTruthy();
    expect(throttled.body).toEqual({
      errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' }],
    });
  });

  it('keeps one bucket per grant and per operation', async () => {
    const token = await s.token('Atzr|seller-a');
    for (let i = 0; i < 20; i += 1) await s.call('GET', QUERY, token);
    expect((await s.call('GET', QUERY, token)).status).toBe(429);
    // The same seller's other operations, and another seller, are not throttled.
    expect((await s.call('GET', '/orders/v0/orders/111-0000000-0000000', token)).status).toBe(404);
    expect((await s.call('GET', QUERY, await s.token('Atzr|seller-b'))).status).toBe(200);
    // A refreshed token of the same grant shares the bucket.
    expect((await s.call('GET', QUERY, await s.token('Atzr|seller-a'))).status).toBe(429);
  });

  it('can be switched off and on through the control route', async () => {
    const token = await s.token();
    expect((await s.control('POST', '/rate-limits', { enabled: false })).status).toBe(200);
    for (let i = 0; i < 25; i += 1) expect((await s.call('GET', QUERY, token)).status).toBe(200);
    await s.control('POST', '/rate-limits', { enabled: true });
    const statuses = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await s.call('GET', QUERY, token)).status);
    expect(statuses.filter((st) => st === 429)).toHaveLength(1);
    expect((await s.control('POST', '/rate-limits', { enabled: 'yes' })).status).toBe(400);
  });
});
