import { TokenBucket } from './token-bucket.js';
import { DEFAULT_USAGE_PLANS, FALLBACK_USAGE_PLAN, type UsagePlan } from './usage-plans.js';

/**
 * One token bucket per store and operation, shared by every client of this process. (Across processes
 * the sync's per-store lock keeps one worker talking to a store at a time.)
 */
export class RateLimits {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly options: { enabled: boolean; plans?: Record<string, UsagePlan> } = { enabled: true },
  ) {}

  async acquire(storeId: number, operation: string): Promise<void> {
    if (this.options.enabled) await this.bucket(storeId, operation).take();
  }

  /** Applies `x-amzn-RateLimit-Limit` (requests a second) from a 2xx, 400 or 404 answer. */
  observeLimit(storeId: number, operation: string, header: string | null): void {
    if (header === null) return;
    this.bucket(storeId, operation).setRate(Number.parseFloat(header));
  }

  throttled(storeId: number, operation: string): void {
    this.bucket(storeId, operation).drain();
  }

  bucket(storeId: number, operation: string): TokenBucket {
    const key = `${storeId}:${operation}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const plan = this.options.plans?.[operation] ?? DEFAULT_USAGE_PLANS[operation] ?? FALLBACK_USAGE_PLAN;
      bucket = new TokenBucket(plan);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
