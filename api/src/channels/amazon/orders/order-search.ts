import type { Knex } from 'knex';
import { parseSearchTerm, SearchConditions } from '../../../http/search-term.js';

/**
 * The Amazon orders grid's search box: orders whose Amazon order number (whole or its start), buyer e-mail
 * (whole or its start, any case), buyer name (every word, anywhere), Commerce increment id, SKU of any item
 * or tracking number of any shipment matches. The order's own keys are ORed on its own indexes (a BitmapOr:
 * each order read once); the other tables' keys give one id list (SearchConditions.addKeyIn).
 */
export function searchAmazonOrders(query: Knex.QueryBuilder, text: string): void {
  const term = parseSearchTerm(text);
  const related = new SearchConditions();
  related.add('select amazon_order_id from sales_orders where increment_id = ?', term.incrementId);
  related.add('select order_id from amazon_order_items where lower(seller_sku) = ?', term.sku);
  related.add(
    'select order_id from amazon_order_tracking where lower(tracking_number) = ?',
    term.trackingNumber,
  );
  related.add(
    `select s.amazon_order_id from sales_shipment_tracks t
       join sales_shipments sh on sh.id = t.shipment_id join sales_orders s on s.id = sh.order_id
      where lower(t.track_number) = ?`,
    term.trackingNumber,
  );
  const own = new SearchConditions();
  own.add('o.amazon_order_id like ?', term.orderNumberPattern);
  own.add('lower(o.buyer_email) like ?', term.emailPattern);
  own.addName('o.buyer_name', term.nameWords);
  own.addKeyIn('o.id', related);
  own.applyTo(query);
}
