// Amazon's identifiers: AmazonOrderId in 3-7-7 format (the first group depends on the marketplace) and
// 14-digit OrderItemIds.
import type { Marketplace } from '../amazon/marketplaces.js';
import type { Random } from '../random.js';

export const AMAZON_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(0, 9))).join('');

/** A new order id, different from every id `taken` reports. */
export function newAmazonOrderId(
  random: Random,
  marketplace: Marketplace,
  taken: (id: string) => boolean,
): string {
  for (;;) {
    const id = `${random.pick(marketplace.orderIdPrefixes)}-${digits(random, 7)}-${digits(random, 7)}`;
    if (!taken(id)) return id;
  }
}

/** Order item ids only need to be unique within their order. */
export function newOrderItemId(random: Random): string {
  return digits(random, 14);
}
