import type { Knex } from 'knex';
import type { CanceledBy } from '@orderdesk/migrations';
import pLimit from 'p-limit';
import { ordersByAmazonOrderIds } from '../import/amazon-order-repository.js';
import type { FetchedOrder } from '../import/import-service.js';
import type { SpApiClient } from '../sp-api/client.js';
import type { OrdersPage } from '../sp-api/orders-api.js';
import type { SpOrder } from '../sp-api/schemas/orders.js';

/** Calls for one page's details at once; the token buckets still pace them to Amazon's plans. */
const FETCH_CONCURRENCY = 8;

/**
 * Completes a page of getOrders with what the import needs: items for orders that are new or changed
 * since we last saw them (an unchanged order costs no call), and the address or buyer when the order
 * did not carry them. Orders we already hold unchanged come back with `items: null`.
 */
export async function fetchPageDetails(
  db: Knex,
  storeId: number,
  orders: SpOrder[],
  client: Pick<SpApiClient, 'orders' | 'orders2026'>,
): Promise<FetchedOrder[]> {
  const api = client.orders;
  const known = await ordersByAmazonOrderIds<{
    amazon_order_id: string;
    last_update_date: Date;
    status: string;
  }>(
    db,
    storeId,
    orders.map((order) => order.AmazonOrderId),
    ['amazon_order_id', 'last_update_date', 'status'],
  );
  const seen = new Map(known.map((row) => [row.amazon_order_id, row]));
  const limit = pLimit(FETCH_CONCURRENCY);
  return Promise.all(
    orders.map((order) =>
      limit(async (): Promise<FetchedOrder> => {
        const previous = seen.get(order.AmazonOrderId);
        if (previous && !changedSince(previous, order)) return { order, items: null, address: null };
        const canceledBy =
          order.OrderStatus === 'Canceled' && previous?.status !== 'Canceled'
            ? await askWhoCanceled(client, order.AmazonOrderId)
            : null;
        const items = await api.getOrderItems(order.AmazonOrderId);
        const isNew = previous === undefined;
        const sellerShips = order.FulfillmentChannel !== 'AFN';
        const address =
          isNew && sellerShips && !order.ShippingAddress
            ? ((await api.getOrderAddress(order.AmazonOrderId)).ShippingAddress ?? null)
            : null;
        if (isNew && sellerShips && !order.BuyerInfo?.BuyerEmail) {
          const buyer = await api.getOrderBuyerInfo(order.AmazonOrderId);
          order = {
            ...order,
            BuyerInfo: {
              ...order.BuyerInfo,
              BuyerEmail: buyer.BuyerEmail,
              BuyerName: buyer.BuyerName ?? order.BuyerInfo?.BuyerName,
            },
          };
        }
        return { order, items, address, canceledBy };
      }),
    ),
  );
}

/** Orders API 2026-01-01 says who canceled; if it cannot be asked now, the order is canceled all the same. */
async function askWhoCanceled(
  client: Pick<SpApiClient, 'orders2026'>,
  amazonOrderId: string,
): Promise<CanceledBy | null> {
  try {
    return (await client.orders2026.getCancellation(amazonOrderId)).canceledBy;
  } catch {
    return null;
  }
}

/**
 * LastUpdateDate has one-second precision: two changes within a second share it, so an equal date with
 * another status is a change too.
 */
function changedSince(previous: { last_update_date: Date; status: string }, order: SpOrder): boolean {
  const incoming = Date.parse(order.LastUpdateDate);
  const stored = previous.last_update_date.getTime();
  return incoming > stored || (incoming === stored && previous.status !== order.OrderStatus);
}

/**
 * getOrders' pages with their details, one page ahead: while the caller applies a page, the next one is
 * read and its items fetched, so Amazon's buckets and the database work at the same time.
 */
export async function* prefetchedPages(
  pages: AsyncIterable<OrdersPage>,
  details: (orders: SpOrder[]) => Promise<FetchedOrder[]>,
): AsyncGenerator<{ orders: SpOrder[]; fetched: FetchedOrder[] }> {
  const iterator = pages[Symbol.asyncIterator]();
  const readNext = async () => {
    const next = await iterator.next();
    return next.done ? null : { orders: next.value.orders, fetched: await details(next.value.orders) };
  };
  let upcoming = readNext();
  try {
    for (;;) {
      const current = await upcoming;
      if (!current) return;
      upcoming = readNext();
      // Awaited on the next turn; until then a failure must not count as unhandled.
      upcoming.catch(() => undefined);
      yield current;
    }
  } finally {
    await iterator.return?.();
  }
}
