// getOrders' search: the orders of the window and filters, ordered by LastUpdateDate (or PurchaseDate for
// the Created family) then AmazonOrderId, one page after the cursor. Keyset paging means every order that
// stays in the window is returned exactly once, however the pages are spaced.
import type { OrdersCursor, OrdersQuery } from '../orders-api/next-token.js';
import type { OrderStore } from '../state/order-store.js';
import type { SandboxOrder } from './sandbox-order.js';

const sortKey = (entry: SandboxOrder, query: OrdersQuery): number =>
  query.family === 'created' ? entry.purchaseMs : entry.lastUpdateMs;

function inFilters(entry: SandboxOrder, query: OrdersQuery): boolean {
  const { order } = entry;
  const key = sortKey(entry, query);
  if (key < query.afterMs || key > query.beforeMs) return false;
  if (!query.marketplaceIds.includes(order.MarketplaceId)) return false;
  if (query.statuses && !query.statuses.includes(order.OrderStatus)) return false;
  if (query.channels && !query.channels.includes(order.FulfillmentChannel)) return false;
  if (query.paymentMethods && !query.paymentMethods.includes(order.PaymentMethod)) return false;
  if (
    query.buyerEmail !== undefined &&
    order.BuyerInfo.BuyerEmail?.toLowerCase() !== query.buyerEmail.toLowerCase()
  ) {
    return false;
  }
  if (query.sellerOrderId !== undefined && order.SellerOrderId !== query.sellerOrderId) return false;
  if (query.amazonOrderIds && !query.amazonOrderIds.includes(order.AmazonOrderId)) return false;
  return true;
}

const after = (key: number, id: string, cursor: OrdersCursor): boolean =>
  key > cursor.key || (key === cursor.key && id > cursor.id);

export interface OrdersPage {
  orders: SandboxOrder[];
  /** Where the next page starts, when there is one. */
  next?: OrdersCursor;
}

export function findOrdersPage(store: OrderStore, query: OrdersQuery, cursor?: OrdersCursor): OrdersPage {
  const matching: { key: number; entry: SandboxOrder }[] = [];
  for (const entry of store.values()) {
    if (!inFilters(entry, query)) continue;
    const key = sortKey(entry, query);
    if (cursor && !after(key, entry.order.AmazonOrderId, cursor)) continue;
    matching.push({ key, entry });
  }
  matching.sort(
    (a, b) => a.key - b.key || (a.entry.order.AmazonOrderId < b.entry.order.AmazonOrderId ? -1 : 1),
  );
  const page = matching.slice(0, query.pageSize);
  const last = page.at(-1);
  const hasMore = matching.length > query.pageSize;
  return {
    orders: page.map((m) => m.entry),
    ...(hasMore && last ? { next: { key: last.key, id: last.entry.order.AmazonOrderId } } : {}),
  };
}
