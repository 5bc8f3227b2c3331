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

type Match = { key: number; entry: SandboxOrder };

const before = (a: Match, b: Match): boolean =>
  a.key < b.key || (a.key === b.key && a.entry.order.AmazonOrderId < b.entry.order.AmazonOrderId);

/**
 * One scan keeping only the first pageSize + 1 matches in order (a bounded insertion), not a sort of every
 * match: a 50,000-order backlog is paged in linear time per page.
 */
export function findOrdersPage(store: OrderStore, query: OrdersQuery, cursor?: OrdersCursor): OrdersPage {
  const limit = query.pageSize + 1;
  const first: Match[] = [];
  for (const entry of store.values()) {
    if (!inFilters(entry, query)) continue;
    const key = sortKey(entry, query);
    if (cursor && !after(key, entry.order.AmazonOrderId, cursor)) continue;
    const match = { key, entry };
    if (first.length === limit && !before(match, first[limit - 1]!)) continue;
    let at = first.length;
    while (at > 0 && before(match, first[at - 1]!)) at--;
    first.splice(at, 0, match);
    if (first.length > limit) first.pop();
  }
  const page = first.slice(0, query.pageSize);
  const last = page.at(-1);
  const hasMore = first.length > query.pageSize;
  return {
    orders: page.map((m) => m.entry),
    ...(hasMore && last ? { next: { key: last.key, id: last.entry.order.AmazonOrderId } } : {}),
  };
}
