// The orders, in memory. Bounded: past `maxOrders` the oldest-created orders are dropped, so a long demo
// or a benchmark cannot grow the process without limit.
import type { SandboxOrder } from '../orders/sandbox-order.js';

export const DEFAULT_MAX_ORDERS = 200_000;

export class OrderStore {
  private readonly orders = new Map<string, SandboxOrder>();

  constructor(private readonly maxOrders: number = DEFAULT_MAX_ORDERS) {}

  get size(): number {
    return this.orders.size;
  }

  has(amazonOrderId: string): boolean {
    return this.orders.has(amazonOrderId);
  }

  get(amazonOrderId: string): SandboxOrder | undefined {
    return this.orders.get(amazonOrderId);
  }

  add(entry: SandboxOrder): void {
    this.orders.set(entry.order.AmazonOrderId, entry);
    // Map keeps insertion order, so the first keys are the oldest orders.
    while (this.orders.size > this.maxOrders) {
      const oldest = this.orders.keys().next();
      if (oldest.done) break;
      this.orders.delete(oldest.value);
    }
  }

  values(): IterableIterator<SandboxOrder> {
    return this.orders.values();
  }

  clear(): void {
    this.orders.clear();
  }
}
