/** A token bucket's plan: `rate` requests a second refilled, up to `burst` at once. */
export interface UsagePlan {
  rate: number;
  burst: number;
}

/**
 * Amazon's default usage plans (Usage-Plans-and-Rate-Limits, Orders v0, Orders 2026-01-01 and
 * Feeds 2021-06-30 models).
 * Orders API plans are dynamic per seller: the `x-amzn-RateLimit-Limit` header then adjusts the rate.
 */
export const DEFAULT_USAGE_PLANS: Record<string, UsagePlan> = {
  getOrders: { rate: 0.0167, burst: 20 },
  getOrder: { rate: 0.5, burst: 30 },
  getOrderItems: { rate: 0.5, burst: 30 },
  getOrderAddress: { rate: 0.5, burst: 30 },
  getOrderBuyerInfo: { rate: 0.5, burst: 30 },
  confirmShipment: { rate: 2, burst: 10 },
  createFeedDocument: { rate: 0.5, burst: 15 },
  createFeed: { rate: 0.0083, burst: 15 },
  getFeed: { rate: 2, burst: 15 },
  getFeedDocument: { rate: 0.0222, burst: 10 },
  /** Orders API 2026-01-01 getOrder (orders_2026-01-01.json), named apart from v0's getOrder: its own bucket. */
  getOrder2026: { rate: 0.5, burst: 30 },
};

/** For an operation we have no plan for: Amazon's most common default. */
export const FALLBACK_USAGE_PLAN: UsagePlan = { rate: 0.5, burst: 10 };
