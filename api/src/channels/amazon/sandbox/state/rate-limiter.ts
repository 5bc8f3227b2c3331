// Token buckets per (grant, operation), as Amazon's usage plans work: a bucket holds up to `burst` tokens,
// refills at `rate` per second, and a call without a token is throttled (429). `rateScale` multiplies every
// plan's rate (not its burst), to compress time in benchmarks.
import { USAGE_PLANS, scaledRate, type SpOperation } from '../amazon/usage-plans.js';

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class RateLimiter {
  enabled: boolean;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    enabled: boolean,
    readonly rateScale = 1,
  ) {
    this.enabled = enabled;
  }

  /** Takes a token for the call; false when the caller is over its plan. */
  take(grant: string, operation: SpOperation, nowMs: number): boolean {
    if (!this.enabled) return true;
    const { burst } = USAGE_PLANS[operation];
    const rate = scaledRate(operation, this.rateScale);
    const key = `${grant}\u0000${operation}`;
    const bucket = this.buckets.get(key) ?? { tokens: burst, updatedMs: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * rate);
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
