// Amazon's default usage plans (rate in requests per second, burst), as published for each operation in
// the models and in the reference README. The Orders API's plans are dynamic per seller on Amazon; the
// sandbox uses the defaults.

export const SP_OPERATIONS = [
  'getOrders',
  'getOrder',
  'getOrderItems',
  'getOrderAddress',
  'getOrderBuyerInfo',
  'confirmShipment',
  'createFeedDocument',
  'createFeed',
  'getFeed',
  'getFeedDocument',
  'getOrder2026', // Orders API 2026-01-01 getOrder (its operationId is getOrder too)
] as const;
export type SpOperation = (typeof SP_OPERATIONS)[number];

export interface UsagePlan {
  rate: number;
  burst: number;
}

export const USAGE_PLANS: Readonly<Record<SpOperation, UsagePlan>> = {
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
  getOrder2026: { rate: 0.5, burst: 30 },
};

/**
 * The refill rate the sandbox enforces: the plan's rate times `rateScale` (the sandbox option that
 * compresses time for benchmarks; 1 is Amazon's plan). Rounded to 12 significant digits so that float noise
 * (0.0167 * 3 = 0.050100000000000006) never reaches the header, and the bucket uses what the header says.
 */
export function scaledRate(operation: SpOperation, rateScale = 1): number {
  return Number((USAGE_PLANS[operation].rate * rateScale).toPrecision(12));
}

/** The value of `x-amzn-RateLimit-Limit`: the (scaled) rate, as Amazon writes it ("0.0167"). */
export function rateLimitHeader(operation: SpOperation, rateScale = 1): string {
  return String(scaledRate(operation, rateScale));
}
