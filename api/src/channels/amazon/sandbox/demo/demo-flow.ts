// The demo's life: new orders keep arriving at `demoOrderRate` a minute, and the orders it follows move on
// as they would on Amazon (payment clears, Amazon ships its own, now and then a buyer asks to cancel or
// an order is cancelled by the buyer or by Amazon). Every event is dated `demoOrderAgeSeconds` ago, past
// the two-minute rule, so the next sync sees it at once, and LastUpdateDate still only moves forward.
import type { SandboxContext } from '../context.js';
import { createOrders } from '../orders/order-factory.js';
import {
  OrderRuleError,
  cancelOrder,
  markPaid,
  requestBuyerCancel,
  shipAll,
} from '../orders/order-lifecycle.js';
import type { SandboxOrder } from '../orders/sandbox-order.js';
import { BUYER_CANCEL_REASONS, demoMarketplaceId } from './backlog.js';

/** The demo follows at most this many of its orders, newest first. */
const MAX_TRACKED = 1_000;
/** Unshipped orders older than this are left to the seller. */
const FOLLOW_FOR_MS = 3_600_000;

/** Chances per minute of each move, once the order is old enough for it. */
const PER_MINUTE = {
  paid: 0.8,
  amazonShips: 0.3,
  buyerCancels: 0.02,
  amazonCancels: 0.02,
  buyerAsksToCancel: 0.01,
};

export class DemoFlow {
  private timer: NodeJS.Timeout | undefined;
  private tracked: string[] = [];
  private credit = 0;
  private lastTickMs = 0;

  constructor(private readonly ctx: SandboxContext) {}

  start(): void {
    if (this.timer || this.ctx.options.demoOrderRate <= 0) return;
    this.lastTickMs = this.ctx.now();
    this.timer = setInterval(() => {
      try {
        this.tick();
      } catch (error) {
        // The demo goes on; one bad move must not stop the process.
        this.ctx.options.logger?.error({ err: error }, 'sandbox demo tick failed');
      }
    }, this.ctx.options.demoTickMs);
    this.timer.unref();
  }

  /** Follows existing orders too (the backlog), so they move on like new ones. */
  follow(ids: readonly string[]): void {
    this.tracked.push(...ids.slice(0, Math.max(0, MAX_TRACKED - this.tracked.length)));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  tick(nowMs: number = this.ctx.now()): void {
    const minutes = Math.max(0, nowMs - this.lastTickMs) / 60_000;
    this.lastTickMs = nowMs;
    this.arrive(minutes);
    this.tracked = this.tracked.filter((id) => this.moveOn(id, minutes, nowMs));
  }

  private arrive(minutes: number): void {
    const { ctx } = this;
    this.credit += ctx.options.demoOrderRate * minutes;
    while (this.credit >= 1) {
      this.credit -= 1;
      const [entry] = createOrders(ctx, {
        count: 1,
        ageSeconds: ctx.options.demoOrderAgeSeconds,
        marketplaceId: demoMarketplaceId(ctx),
      });
      if (entry) this.tracked.unshift(entry.order.AmazonOrderId);
    }
    if (this.tracked.length > MAX_TRACKED) this.tracked.length = MAX_TRACKED;
  }

  /** One order's chances this tick; false once the demo stops following it. */
  private moveOn(id: string, minutes: number, nowMs: number): boolean {
    const entry = this.ctx.state.orders.get(id);
    if (!entry) return false;
    const { random } = this.ctx;
    const at = nowMs - this.ctx.options.demoOrderAgeSeconds * 1000;
    const happens = (perMinute: number) => random.chance(1 - (1 - perMinute) ** minutes);
    const ageMs = at - entry.purchaseMs;
    try {
      return this.step(entry, happens, ageMs, at);
    } catch (error) {
      if (error instanceof OrderRuleError) return false;
      throw error;
    }
  }

  private step(entry: SandboxOrder, happens: (p: number) => boolean, ageMs: number, at: number): boolean {
    const { OrderStatus: status, FulfillmentChannel: channel } = entry.order;
    if (status === 'Pending') {
      if (happens(PER_MINUTE.buyerCancels)) cancelOrder(entry, 'buyer', at);
      else if (happens(PER_MINUTE.amazonCancels)) cancelOrder(entry, 'amazon', at);
      else if (channel === 'AFN' && ageMs > 120_000 && happens(PER_MINUTE.amazonShips)) shipAll(entry, at);
      else if (channel === 'MFN' && ageMs > 45_000 && happens(PER_MINUTE.paid)) markPaid(entry, at);
      return entry.order.OrderStatus === 'Pending' || entry.order.OrderStatus === 'Unshipped';
    }
    if (status === 'Unshipped') {
      if (!entry.buyerCancelRequest && happens(PER_MINUTE.buyerAsksToCancel)) {
        requestBuyerCancel(entry, this.ctx.random.pick(BUYER_CANCEL_REASONS), at);
      } else if (happens(PER_MINUTE.amazonCancels / 4)) cancelOrder(entry, 'amazon', at);
      return entry.order.OrderStatus === 'Unshipped' && ageMs < FOLLOW_FOR_MS;
    }
    return false;
  }
}
