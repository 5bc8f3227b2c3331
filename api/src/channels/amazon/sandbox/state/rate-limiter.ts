// Token buckets per (grant, operation), as Amazon's usage plans work: a bucket holds up to `burst` tokens,
// refills at `rate` per second, and a call without a token is throttled (429).
import { USAGE_PLANS, type SpOperation } from '../amazon/usage-plans.js';

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class RateLimiter {
  enabled: boolean;
  private readonly buckets = new Map<string, Bucket>();

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  /** Takes a token for the call; false when the caller is over its plan. */
  take(grant: string, operation: SpOperation, nowMs: number): boolean {
    if (!this.enabled) return true;
    const plan = USAGE_PLANS[operation];
    const key = `${grant}\u0000${operation}`;
    const bucket = this.buckets.get(key) ?? { tokens: plan.burst, updatedMs: nowMs };
    bucket.tokens = Math.min(plan.burst, bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * plan.rate);
    bucket.updatedMs = nowMs;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Full buckets again (after a reset, or when limits are switched back on). */
  refill(): void {
    this.buckets.clear();
  }
}
