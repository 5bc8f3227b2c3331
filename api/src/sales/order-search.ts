import type { Knex } from 'knex';
import { parseSearchTerm, SearchConditions } from '../http/search-term.js';

/**
 * The Commerce orders grid's search box: orders whose increment id, customer e-mail (whole or its start, any
 * case), customer name (every word, anywhere), Amazon order number (whole or its start), SKU of any item or
 * tracking number (ours, or one Amazon was told or reported) matches. The order's own keys are ORed on its
 * own indexes (a BitmapOr: each order read once); the other tables' keys give one id list
 * (SearchConditions.addKeyIn).
 */
export function searchCommerceOrders(query: Knex.QueryBuilder, text: string): void {
  const term = parseSearchTerm(text);
  const related = new SearchConditions();
  related.add(
    `select s.id from amazon_orders a join sales_orders s on s.amazon_order_id = a.id
      where a.amazon_order_id like ?`,
    term.orderNumberPattern,
  );
  related.add('select order_id from sales_order_items where lower(sku) = ?', term.sku);
  related.add(
    `select sh.order_id from sales_shipment_tracks t join sales_shipments sh on sh.id = t.shipment_id
      where lower(t.track_number) = ?`,
    term.trackingNumber,
  );
  related.add(
    `select s.id from amazon_order_tracking t join sales_orders s on s.amazon_order_id = t.order_id
      where lower(t.tracking_number) = ?`,
    term.trackingNumber,
  );
  const own = new SearchConditions();
  own.add('so.increment_id = ?', term.incrementId);
  own.add('lower(so.customer_email) like ?', term.emailPattern);
  own.addName('so.customer_name', term.nameWords);
  own.addKeyIn('so.id', related);
  own.applyTo(query);
}
