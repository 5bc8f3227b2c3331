// What the sandbox keeps per order: Amazon's Order and OrderItems exactly as Amazon would hold them, plus
// what Amazon knows but does not show through Orders v0 (who cancelled, the history of changes).
import type { Order, OrderItem, OrderStatus } from '../amazon/model-types.js';

export const CANCEL_ACTORS = ['buyer', 'amazon', 'seller'] as const;
export type CancelActor = (typeof CANCEL_ACTORS)[number];

export interface OrderEvent {
  at: string;
  event: 'created' | 'status' | 'shipment' | 'buyer_cancel_request' | 'acknowledged' | 'canceled';
  status: OrderStatus;
  by?: CancelActor;
  detail?: string;
}

export interface SandboxOrder {
  order: Order;
  items: OrderItem[];
  /** PurchaseDate and LastUpdateDate in milliseconds, for queries (kept in step by order-lifecycle.ts). */
  purchaseMs: number;
  lastUpdateMs: number;
  /** Business orders: OrderAddress.BuyerCompanyName. */
  buyerCompanyName?: string;
  cancellation?: { by: CancelActor; reason?: string; at: string };
  buyerCancelRequest?: { reason: string; at: string };
  acknowledgement?: { at: string; merchantOrderId?: string };
  history: OrderEvent[];
}

/** The full internal order, as the control routes answer it (tests read it). */
export interface SandboxOrderView {
  AmazonOrderId: string;
  order: Order;
  items: OrderItem[];
  canceled_by: CancelActor | null;
  cancel_reason: string | null;
  buyer_cancel_request: { reason: string; at: string } | null;
  acknowledgement: { at: string; merchantOrderId?: string } | null;
  history: OrderEvent[];
}

export function toSandboxView(entry: SandboxOrder): SandboxOrderView {
  return {
    AmazonOrderId: entry.order.AmazonOrderId,
    order: entry.order,
    items: entry.items,
    canceled_by: entry.cancellation?.by ?? null,
    cancel_reason: entry.cancellation?.reason ?? null,
    buyer_cancel_request: entry.buyerCancelRequest ?? null,
    acknowledgement: entry.acknowledgement ?? null,
    history: entry.history,
  };
}

export function unitsOrdered(entry: SandboxOrder): number {
  return entry.items.reduce((sum, item) => sum + item.QuantityOrdered, 0);
}

export function unitsShipped(entry: SandboxOrder): number {
  return entry.items.reduce((sum, item) => sum + item.QuantityShipped, 0);
}
