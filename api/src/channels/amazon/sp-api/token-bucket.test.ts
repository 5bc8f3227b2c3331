import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { TokenBucket } from './token-bucket.js';

/** A clock that only moves when the bucket sleeps, so waits are measured, not waited. */
function fakeClock() {
  let now = 0;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

describe('TokenBucket', () => {
  it('serves the burst at once, then one request per 1/rate seconds', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rate: 0.5, burst: 3 }, clock.now, clock.sleep);
    for (let i = 0; i < 3; i++) await bucket.take();
    expect(clock.slept).toEqual([]);
    await bucket.take();
    await bucket.take();
    expect(clock.slept).toEqual([2000, 2000]);
  });

  it('follows the rate Amazon announces in x-amzn-RateLimit-Limit', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rate: 0.0167, burst: 1 }, clock.now, clock.sleep);
    await bucket.take();
    bucket.setRate(10);
    await bucket.take();
    expect(clock.slept).toEqual([100]);
    bucket.setRate(Number.NaN);
    expect(bucket.rate).toBe(10);
  });

  it('empties after a 429, so the next call waits a full interval', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rate: 1, burst: 10 }, clock.now, clock.sleep);
    bucket.drain();
    await bucket.take();
    expect(clock.slept).toEqual([1000]);
  });

  it('serves concurrent callers one at a time, in order', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ rate: 1, burst: 1 }, clock.now, clock.sleep);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => bucket.take().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(clock.slept).toEqual([1000, 1000]);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially, with full jitter, up to the cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(policy, retry, () => 1))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(200);
  });
});
