// The backlog a demo starts with: orders of the last few days in every state a merchant sees (waiting
// for payment, to ship, partly and fully shipped, cancelled by each side, some with a buyer asking to
// cancel), all dated past Amazon's two-minute rule so the first sync finds them.
import { MARKETPLACES } from '../amazon/marketplaces.js';
import type { OrderStatus } from '../amazon/model-types.js';
import type { SandboxContext } from '../context.js';
import { createOrders } from '../orders/order-factory.js';
import { OrderRuleError, requestBuyerCancel } from '../orders/order-lifecycle.js';
import { CANCEL_ACTORS } from '../orders/sandbox-order.js';

const STATUS_MIX: readonly OrderStatus[] = [
  'Pending',
  ...Array<OrderStatus>(9).fill('Unshipped'),
  'PartiallyShipped',
  ...Array<OrderStatus>(5).fill('Shipped'),
  'Canceled',
  'Canceled',
];

export const BUYER_CANCEL_REASONS = [
  'Order placed by mistake',
  'Found a better price',
  'Delivery date too late',
  'Need to change the shipping address',
  'Changed my mind',
];

/** Mostly the default marketplace, now and then another, so currencies and addresses vary. */
export function demoMarketplaceId(ctx: SandboxContext): string {
  if (ctx.random.chance(0.85)) return ctx.options.marketplaceId;
  return ctx.random.pick(MARKETPLACES).id;
}

/** Creates the backlog; answers the ids of its orders. */
export function createBacklog(ctx: SandboxContext, count: number): string[] {
  const { random } = ctx;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Skewed to recent: most orders are hours old, a few are days old; none younger than 3 minutes.
    const ageSeconds = 180 + Math.floor(random.next() ** 2 * 3 * 86_400);
    const status = random.pick(STATUS_MIX);
    const settledAgeSeconds = Math.max(150, ageSeconds - random.int(0, Math.min(ageSeconds - 150, 3_600)));
    const marketplaceId = demoMarketplaceId(ctx);
    const [entry] = createOrders(ctx, {
      count: 1,
      status,
      ageSeconds,
      changeAtMs: ctx.now() - settledAgeSeconds * 1000,
      marketplaceId,
      by: random.pick(CANCEL_ACTORS),
    });
    if (entry) ids.push(entry.order.AmazonOrderId);
    if (entry && entry.order.OrderStatus === 'Unshipped' && random.chance(0.08)) {
      try {
        requestBuyerCancel(entry, random.pick(BUYER_CANCEL_REASONS), ctx.now() - 150_000);
      } catch (error) {
        if (!(error instanceof OrderRuleError)) throw error;
      }
    }
  }
  return ids;
}
