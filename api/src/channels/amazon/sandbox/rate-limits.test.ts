// Amazon's usage plans as token buckets: getOrders bursts to 20, then 429 without x-amzn-RateLimit-Limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from './app.js';
import { rateLimitHeader } from './amazon/usage-plans.js';
import { RateLimiter } from './state/rate-limiter.js';
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

describe('rateScale', () => {
  it('multiplies the refill rate of every plan and leaves the burst alone', () => {
    const amazon = new RateLimiter(true);
    const scaled = new RateLimiter(true, 100);
    for (const limiter of [amazon, scaled]) {
      for (let i = 0; i < 20; i += 1) expect(limiter.take('grant', 'getOrders', 0)).toBe(true);
      expect(limiter.take('grant', 'getOrders', 0)).toBe(false);
    }
    // One second later: 0.0167 tokens at Amazon's rate, 1.67 at a hundred times it.
    expect(amazon.take('grant', 'getOrders', 1000)).toBe(false);
    expect(scaled.take('grant', 'getOrders', 1000)).toBe(true);
    expect(scaled.take('grant', 'getOrders', 1000)).toBe(false);
    // getOrderItems at 0.5/s x 100 = 50/s: 30 burst, then one token every 20 ms.
    for (let i = 0; i < 30; i += 1) expect(scaled.take('grant', 'getOrderItems', 0)).toBe(true);
    expect(scaled.take('grant', 'getOrderItems', 19)).toBe(false);
    expect(scaled.take('grant', 'getOrderItems', 40)).toBe(true);
    // An hour later the bucket is full again at the plan's burst, not more.
    let taken = 0;
    while (scaled.take('grant', 'getOrders', 3_600_000)) taken += 1;
    expect(taken).toBe(20);
  });

  it('announces the scaled rate without float noise, and the plain rate at scale 1', () => {
    expect(rateLimitHeader('getOrders')).toBe('0.0167');
    expect(rateLimitHeader('getOrders', 1)).toBe('0.0167');
    expect(rateLimitHeader('getOrders', 3)).toBe('0.0501');
    expect(rateLimitHeader('getOrders', 500)).toBe('8.35');
    expect(rateLimitHeader('getOrderItems', 500)).toBe('250');
    expect(rateLimitHeader('createFeed', 0.5)).toBe('0.00415');
  });

  it('must be a finite number above 0', () => {
    for (const rateScale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createSandbox({ rateScale })).toThrow(RangeError);
    }
    expect(createSandbox({ rateScale: 0.25 }).options.rateScale).toBe(0.25);
    expect(createSandbox().options.rateScale).toBe(1);
  });

  it('refills faster over HTTP and says so in x-amzn-RateLimit-Limit', async () => {
    // getOrders at 0.0167/s x 200 = 3.34/s: after its burst of 20, a token every 300 ms (at Amazon's rate,
    // one a minute).
    const scaled = await startSandbox({ rateLimits: true, rateScale: 200 });
    try {
      const token = await scaled.token();
      let granted = 0;
      for (;;) {
        const answer = await scaled.call('GET', QUERY, token);
        if (answer.status === 429) break;
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-amzn-ratelimit-limit')).toBe('3.34');
        granted += 1;
        expect(granted).toBeLessThan(40);
      }
      expect(granted).toBeGreaterThanOrEqual(20);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await scaled.call('GET', QUERY, token)).status).toBe(200);
      const items = await scaled.call('GET', '/orders/v0/orders/111-0000000-0000000/orderItems', token);
      expect(items.status).toBe(404);
      expect(items.headers.get('x-amzn-ratelimit-limit')).toBe('100');
    } finally {
      await scaled.close();
    }
  });
});
