// What Amazon shows of an order through each Orders v0 operation. The sandbox answers as if the
// application held the restricted-data roles (names and addresses included, no Restricted Data Token
// needed), but keeps the rules the model states per status: no ShippingAddress before payment or after a
// cancellation, no item pricing while Pending, no LatestDeliveryDate for Pending or Canceled orders.
import type { Order, OrderItem, OrderStatus } from '../amazon/model-types.js';
import { ITEM_PRICING_FIELDS } from '../amazon/model-types.js';
import type { SandboxOrder } from './sandbox-order.js';

const ADDRESS_VISIBLE: ReadonlySet<OrderStatus> = new Set([
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'InvoiceUnconfirmed',
]);

export function publicOrder(entry: SandboxOrder): Order {
  const { ShippingAddress, LatestDeliveryDate, ...order } = entry.order;
  const status = order.OrderStatus;
  return {
    ...order,
    ...(LatestDeliveryDate && status !== 'Pending' && status !== 'Canceled' ? { LatestDeliveryDate } : {}),
    ...(ShippingAddress && ADDRESS_VISIBLE.has(status) ? { ShippingAddress } : {}),
  };
}

export function publicItems(entry: SandboxOrder): OrderItem[] {
  if (entry.order.OrderStatus !== 'Pending') return entry.items;
  return entry.items.map((item) => {
    const copy: Partial<OrderItem> = { ...item };
    for (const field of ITEM_PRICING_FIELDS) delete copy[field];
    return copy as OrderItem;
  });
}

export function publicAddress(entry: SandboxOrder) {
  const { ShippingAddress } = entry.order;
  return {
    AmazonOrderId: entry.order.AmazonOrderId,
    ...(entry.buyerCompanyName ? { BuyerCompanyName: entry.buyerCompanyName } : {}),
    ...(ShippingAddress && ADDRESS_VISIBLE.has(entry.order.OrderStatus) ? { ShippingAddress } : {}),
  };
}

export function publicBuyerInfo(entry: SandboxOrder) {
  return { AmazonOrderId: entry.order.AmazonOrderId, ...entry.order.BuyerInfo };
}
