// Everything the sandbox remembers, in memory: orders, LWA tokens, rate-limit buckets, injected faults,
// feeds and their documents, and the shipment confirmations received. Nothing is persisted.
import { FaultStore } from './fault-store.js';
import { FeedStore } from './feed-store.js';
import { OrderStore } from './order-store.js';
import { RateLimiter } from './rate-limiter.js';
import { TokenStore } from './token-store.js';

export interface ShipmentRecord {
  amazonOrderId: string;
  marketplaceId: string;
  packageDetail: unknown;
  codCollectionMethod?: string;
  receivedAt: string;
  requestId: string;
}

/** Oldest shipment records beyond this count are dropped. */
const MAX_SHIPMENTS = 50_000;

export class SandboxState {
  readonly orders: OrderStore;
  readonly tokens = new TokenStore();
  readonly faults = new FaultStore();
  readonly rateLimiter: RateLimiter;
  readonly feeds = new FeedStore();
  shipments: ShipmentRecord[] = [];

  constructor(options: { maxOrders: number; rateLimits: boolean; rateScale?: number }) {
    this.orders = new OrderStore(options.maxOrders);
    this.rateLimiter = new RateLimiter(options.rateLimits, options.rateScale);
  }

  recordShipment(record: ShipmentRecord): void {
    this.shipments.push(record);
    if (this.shipments.length > MAX_SHIPMENTS) this.shipments = this.shipments.slice(-MAX_SHIPMENTS);
  }

  /**
   * Empties the seller's data: orders, feeds, documents, shipments, faults and rate-limit buckets. Access
   * tokens survive unless `tokens` is set (LWA is a separate service; expire them with expireAll).
   */
  reset(options: { tokens?: boolean } = {}): void {
    this.orders.clear();
    this.feeds.clear();
    this.faults.clear();
    this.rateLimiter.refill();
    this.shipments = [];
    if (options.tokens) this.tokens.clear();
  }
}
