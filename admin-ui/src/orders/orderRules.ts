// The API's rules for each order action (api/src/sales: order-state.ts, ship-rules.ts, create-invoice.ts,
// credit-memo-plan.ts, actions/*), mirrored so that the order view only offers what the API would accept.
// The API stays the judge: a refusal it answers (409) is shown as it words it.
import { mayRequestCancel } from '../amazon-orders/cancellation';
import type { CommerceOrderStatus } from '../types';
import type { OrderDetail, OrderItem } from './orderTypes';

/** Magento Item::getQtyToInvoice. */
export const qtyToInvoice = (item: OrderItem) =>
  Math.max(item.qty_ordered - item.qty_invoiced - item.qty_canceled, 0);

/** What a shipment may still take of a line (ordered - shipped - canceled). */
export const qtyToShip = (item: OrderItem) =>
  Math.max(item.qty_ordered - item.qty_shipped - item.qty_canceled, 0);

/** Magento Item::getQtyToRefund. */
export const qtyToRefund = (item: OrderItem) => Math.max(item.qty_invoiced - item.qty_refunded, 0);

/** What Magento's cancel cancels of a line: neither invoiced nor shipped (nor refunded). */
const qtyToCancel = (item: OrderItem) =>
  Math.max(
    0,
    Math.min(
      item.qty_ordered - item.qty_invoiced - item.qty_canceled,
      item.qty_ordered - Math.max(item.qty_shipped, item.qty_refunded) - item.qty_canceled,
    ),
  );

/** A decimal string ("12.50") in cents, for comparisons; money is never computed in floats here. */
export const cents = (amount: string | null | undefined): number => {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount ?? '');
  if (!match) return 0;
  const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
};

const is = (order: OrderDetail, statuses: readonly CommerceOrderStatus[]) => statuses.includes(order.status);

/** Invoice: not canceled, closed or held, and something left to invoice. */
export const mayInvoice = (order: OrderDetail) =>
  !is(order, ['canceled', 'closed', 'holded']) && order.items.some((item) => qtyToInvoice(item) > 0);

/**
 * Amazon's side of a shipment: not canceled there, no cancellation waiting for Amazon, seller-fulfilled,
 * and not already reported Shipped by Amazon.
 */
const amazonAllowsShipment = (order: OrderDetail) =>
  order.amazon_order_id === null ||
  (order.amazon_status !== 'Canceled' &&
    order.amazon_canceled_at === null &&
    order.amazon_cancellation_state !== 'requested' &&
    order.amazon_fulfillment_channel !== 'AFN' &&
    order.amazon_status !== 'Shipped');

/** Ship: not canceled, closed or held, something left to ship, and Amazon allows it. */
export const mayShip = (order: OrderDetail) =>
  !is(order, ['canceled', 'closed', 'holded']) &&
  order.items.some((item) => qtyToShip(item) > 0) &&
  amazonAllowsShipment(order);

/** Invoiced shipping not yet refunded, in cents. */
export const shippingLeftToRefund = (order: OrderDetail) =>
  Math.max(cents(order.shipping_invoiced) - cents(order.shipping_refunded), 0);

/** Credit Memo: invoiced, not canceled, closed or held, and paid money not yet refunded. */
export const mayCreditMemo = (order: OrderDetail) =>
  !is(order, ['canceled', 'closed', 'holded']) &&
  order.invoices.length > 0 &&
  cents(order.total_paid) > cents(order.total_refunded);

/** Cancel here: an order of another channel, not canceled, complete, closed or held, with something open. */
export const mayCancelHere = (order: OrderDetail) =>
  order.amazon_order_id === null &&
  !is(order, ['canceled', 'complete', 'closed', 'holded']) &&
  order.items.some((item) => qtyToCancel(item) > 0);

/**
 * An Amazon order is canceled on Amazon Order Details, while Amazon still allows it (Unshipped) and
 * nothing of it has shipped here either.
 */
export const mayCancelOnAmazon = (order: OrderDetail) =>
  order.amazon_order_id !== null &&
  order.status !== 'canceled' &&
  order.items.every((item) => item.qty_shipped === 0) &&
  mayRequestCancel({
    status: order.amazon_status,
    itemsShipped: order.amazon_items_shipped,
    cancellationState: order.amazon_cancellation_state,
    canceled: order.amazon_canceled_at !== null,
  });

export const mayHold = (order: OrderDetail) => is(order, ['pending', 'processing']);
export const mayUnhold = (order: OrderDetail) => order.status === 'holded';
