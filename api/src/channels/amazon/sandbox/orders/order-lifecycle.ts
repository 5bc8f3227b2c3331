// How an Amazon order moves: Pending -> Unshipped -> PartiallyShipped -> Shipped for seller-fulfilled (MFN)
// orders, Pending -> Shipped for Amazon-fulfilled (AFN) ones, and cancellation (by the buyer, Amazon or the
// seller) while nothing has shipped. Every change moves LastUpdateDate and is written to the history.
import { toAmazonDate, wholeSeconds } from '../amazon/iso-time.js';
import type { OrderStatus } from '../amazon/model-types.js';
import type { CancelActor, OrderEvent, SandboxOrder } from './sandbox-order.js';
import { unitsOrdered, unitsShipped } from './sandbox-order.js';

/** A rule of the order's state forbids the change; the message says which. */
export class OrderRuleError extends Error {
  override readonly name = 'OrderRuleError';
}

export interface ShipmentLine {
  orderItemId: string;
  quantity: number;
}

const CANCELABLE: ReadonlySet<OrderStatus> = new Set(['PendingAvailability', 'Pending', 'Unshipped']);

/** Records a change at `atMs` (never before the purchase) and moves LastUpdateDate there. */
function record(entry: SandboxOrder, atMs: number, event: Omit<OrderEvent, 'at' | 'status'>): void {
  const at = Math.max(wholeSeconds(atMs), entry.purchaseMs);
  entry.lastUpdateMs = at;
  entry.order.LastUpdateDate = toAmazonDate(at);
  entry.history.push({ at: entry.order.LastUpdateDate, status: entry.order.OrderStatus, ...event });
}

function refreshCounts(entry: SandboxOrder): void {
  const shipped = unitsShipped(entry);
  entry.order.NumberOfItemsShipped = shipped;
  entry.order.NumberOfItemsUnshipped =
    entry.order.OrderStatus === 'Canceled' ? 0 : unitsOrdered(entry) - shipped;
}

/** Payment authorised: a seller-fulfilled order becomes Unshipped. */
export function markPaid(entry: SandboxOrder, atMs: number): void {
  const { OrderStatus: status, FulfillmentChannel: channel } = entry.order;
  if (channel === 'AFN')
    throw new OrderRuleError('An AFN order goes from Pending to Shipped; Amazon ships it');
  if (status !== 'Pending' && status !== 'PendingAvailability') {
    throw new OrderRuleError(`Order ${entry.order.AmazonOrderId} is ${status}, not Pending`);
  }
  entry.order.OrderStatus = 'Unshipped';
  record(entry, atMs, { event: 'status' });
}

/** Ships the given quantities, all or nothing; the order becomes PartiallyShipped or Shipped. */
export function shipUnits(entry: SandboxOrder, lines: readonly ShipmentLine[], atMs: number): void {
  const { AmazonOrderId: id, OrderStatus: status, FulfillmentChannel: channel } = entry.order;
  const shippable =
    channel === 'AFN' ? status === 'Pending' : status === 'Unshipped' || status === 'PartiallyShipped';
  if (!shippable) throw new OrderRuleError(`Order ${id} is ${status} and cannot be shipped`);
  if (lines.length === 0) throw new OrderRuleError('No order items to ship');
  const wanted = new Map<string, number>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new OrderRuleError(`Invalid quantity ${line.quantity} for order item ${line.orderItemId}`);
    }
    wanted.set(line.orderItemId, (wanted.get(line.orderItemId) ?? 0) + line.quantity);
  }
  for (const [itemId, quantity] of wanted) {
    const item = entry.items.find((i) => i.OrderItemId === itemId);
    if (!item) throw new OrderRuleError(`Order item ${itemId} is not part of order ${id}`);
    const remaining = item.QuantityOrdered - item.QuantityShipped;
    if (quantity > remaining) {
      throw new OrderRuleError(
        `Quantity ${quantity} for order item ${itemId} exceeds the ${remaining} unit(s) left to ship`,
      );
    }
  }
  for (const [itemId, quantity] of wanted) {
    const item = entry.items.find((i) => i.OrderItemId === itemId);
    if (item) item.QuantityShipped += quantity;
  }
  entry.order.OrderStatus = unitsShipped(entry) === unitsOrdered(entry) ? 'Shipped' : 'PartiallyShipped';
  refreshCounts(entry);
  record(entry, atMs, { event: 'shipment', detail: [...wanted].map(([i, q]) => `${i} x${q}`).join(', ') });
}

export function remainingLines(entry: SandboxOrder): ShipmentLine[] {
  return entry.items
    .filter((item) => item.QuantityOrdered > item.QuantityShipped)
    .map((item) => ({
      orderItemId: item.OrderItemId,
      quantity: item.QuantityOrdered - item.QuantityShipped,
    }));
}

export function shipAll(entry: SandboxOrder, atMs: number): void {
  shipUnits(entry, remainingLines(entry), atMs);
}

/** Ships a single unit, leaving the order PartiallyShipped (so at least two units must be left). */
export function shipOneUnit(entry: SandboxOrder, atMs: number): void {
  const remaining = remainingLines(entry);
  const left = remaining.reduce((sum, line) => sum + line.quantity, 0);
  const first = remaining[0];
  if (!first || left < 2) {
    throw new OrderRuleError(
      `Order ${entry.order.AmazonOrderId} has ${left} unit(s) left; PartiallyShipped needs 2`,
    );
  }
  shipUnits(entry, [{ orderItemId: first.orderItemId, quantity: 1 }], atMs);
}

/** Cancels the whole order; only while nothing has shipped. */
export function cancelOrder(entry: SandboxOrder, by: CancelActor, atMs: number, reason?: string): void {
  const { AmazonOrderId: id, OrderStatus: status } = entry.order;
  if (!CANCELABLE.has(status)) throw new OrderRuleError(`Order ${id} is ${status} and cannot be canceled`);
  entry.order.OrderStatus = 'Canceled';
  refreshCounts(entry);
  record(entry, atMs, { event: 'canceled', by, ...(reason ? { detail: reason } : {}) });
  entry.cancellation = { by, at: entry.order.LastUpdateDate, ...(reason ? { reason } : {}) };
}

/** The buyer asks to cancel: every item carries BuyerRequestedCancel until the seller acts. */
export function requestBuyerCancel(entry: SandboxOrder, reason: string, atMs: number): void {
  const { AmazonOrderId: id, OrderStatus: status } = entry.order;
  if (!CANCELABLE.has(status))
    throw new OrderRuleError(`Order ${id} is ${status}; the buyer can no longer cancel`);
  for (const item of entry.items) {
    item.BuyerRequestedCancel = { IsBuyerRequestedCancel: 'true', BuyerCancelReason: reason };
  }
  record(entry, atMs, { event: 'buyer_cancel_request', detail: reason });
  entry.buyerCancelRequest = { reason, at: entry.order.LastUpdateDate };
}

/** The seller acknowledged the order (feed StatusCode Success); Amazon then shows its SellerOrderId. */
export function acknowledgeOrder(entry: SandboxOrder, atMs: number, merchantOrderId?: string): void {
  if (merchantOrderId) entry.order.SellerOrderId = merchantOrderId;
  const at = toAmazonDate(Math.max(wholeSeconds(atMs), entry.purchaseMs));
  entry.acknowledgement = { at, ...(merchantOrderId ? { merchantOrderId } : {}) };
  entry.history.push({ at, event: 'acknowledged', status: entry.order.OrderStatus });
}

/** Sets a status outside the main life cycle (Unfulfillable, InvoiceUnconfirmed, Pending again). */
export function forceStatus(entry: SandboxOrder, status: OrderStatus, atMs: number): void {
  entry.order.OrderStatus = status;
  refreshCounts(entry);
  record(entry, atMs, { event: 'status' });
}
