import type { Knex } from 'knex';
import { amazonOrderQuery } from './repository.js';

type Db = Knex | Knex.Transaction;

/** The order block and shipping block beyond the grid's fields. */
const detailColumns = [
  'o.id as row_id',
  'o.marketplace_id',
  'o.sales_channel',
  'o.order_type',
  'o.ship_service_level',
  'o.shipment_service_level_category',
  'o.earliest_ship_date',
  'o.latest_delivery_date',
  'o.is_replacement_order',
  'o.payment_method',
  // The Commerce order's state: the panel offers no address correction once nothing is left to ship.
  'so.status as commerce_status',
];

const addressColumns = [
  'a.name',
  'a.company_name',
  'a.address_line1',
  'a.address_line2',
  'a.address_line3',
  'a.city',
  'a.county',
  'a.district',
  'a.municipality',
  'a.state_or_region',
  'a.postal_code',
  'a.country_code',
  'a.phone',
  'a.address_type',
  'a.corrected_at',
  'u.username as corrected_by',
];

function shippingAddress(db: Db, orderRowId: number) {
  return db('amazon_order_addresses as a')
    .leftJoin('users as u', 'u.id', 'a.corrected_by')
    .where('a.order_id', orderRowId)
    .first(addressColumns);
}

/** Amazon's items, each with the Commerce order line it became (if any). */
function items(db: Db, orderRowId: number) {
  return db('amazon_order_items as i')
    .leftJoin('sales_order_items as si', 'si.amazon_order_item_id', 'i.id')
    .leftJoin('sales_orders as so', 'so.id', 'si.order_id')
    .where('i.order_id', orderRowId)
    .orderBy('i.id')
    .select(
      'i.order_item_id as id',
      'so.id as commerce_order_id',
      'so.increment_id as commerce_increment_id',
      'i.title',
      'i.asin',
      'i.seller_sku',
      'i.condition_id',
      'i.condition_subtype',
      'i.quantity_ordered',
      'i.quantity_shipped',
      'i.item_price as row_price',
      'i.item_tax as row_tax',
      'i.shipping_price',
      'i.shipping_tax',
      'i.promotion_discount',
      'i.currency',
      'i.is_buyer_requested_cancel as buyer_cancel_requested',
      'i.buyer_cancel_reason',
    );
}

/**
 * Tracking: what was confirmed to Amazon (or is waiting to be), then any Commerce shipment tracks that
 * never became an Amazon confirmation, oldest first.
 */
async function tracking(db: Db, orderRowId: number, commerceOrderId: number | null) {
  const confirmed = await db('amazon_order_tracking as t')
    .leftJoin('sales_shipments as s', 's.id', 't.sales_shipment_id')
    .where('t.order_id', orderRowId)
    .orderBy('t.id')
    .select(
      db.raw(`'amazon-' || t.id as id`),
      't.carrier_code',
      't.carrier_name',
      't.shipping_method',
      't.tracking_number',
      db.raw('coalesce(t.ship_date, t.created_at) as shipped_at'),
      's.increment_id as shipment_increment_id',
      db.raw(`case when t.confirmed_at is null then 'pending' else 'sent' end as confirmation`),
      't.confirmed_at',
    );
  if (commerceOrderId === null) return confirmed;
  const commerceOnly = await db('sales_shipment_tracks as k')
    .join('sales_shipments as s', 's.id', 'k.shipment_id')
    .where('s.order_id', commerceOrderId)
    .whereNotExists((q) =>
      q.select(db.raw('1')).from('amazon_order_tracking as t').whereRaw('t.sales_shipment_id = s.id'),
    )
    .orderBy('k.id')
    .select(
      db.raw(`'commerce-' || k.id as id`),
      'k.carrier_code',
      'k.title as carrier_name',
      db.raw('null as shipping_method'),
      'k.track_number as tracking_number',
      'k.created_at as shipped_at',
      's.increment_id as shipment_increment_id',
      db.raw(`'not_sent' as confirmation`),
      db.raw('null as confirmed_at'),
    );
  return [...confirmed, ...commerceOnly];
}

/** The order's history, oldest first, with who did it (a user, or sync / Amazon / the system). */
function history(db: Db, orderRowId: number) {
  return db('amazon_order_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.user_id')
    .where('h.order_id', orderRowId)
    .orderBy([{ column: 'h.created_at' }, { column: 'h.id' }])
    .select(
      'h.id',
      'h.created_at',
      'h.status',
      'h.cancellation_state',
      'h.source',
      'h.comment',
      'u.username',
      'u.full_name as user_full_name',
    );
}

/**
 * Amazon Order Details as `GET /api/amazon-orders/:id` answers it: the grid's record plus the shipping
 * block, `shipping_address`, `items[]`, `tracking[]` and `history[]`. Undefined for an unknown order.
 */
export async function amazonOrderDetails(db: Db, amazonOrderId: string) {
  const order = await amazonOrderQuery(db as Knex)
    .leftJoin('sales_orders as so', 'so.amazon_order_id', 'o.id')
    .select(detailColumns)
    .where('o.amazon_order_id', amazonOrderId)
    .orderBy('o.id')
    .first();
  if (!order) return undefined;
  const { row_id: rowId, ...fields } = order as { row_id: number } & Record<string, unknown>;
  const commerceOrderId = (fields.commerce_order_id as number | null) ?? null;
  const [address, itemRows, trackingRows, historyRows] = await Promise.all([
    shippingAddress(db, rowId),
    items(db, rowId),
    tracking(db, rowId, commerceOrderId),
    history(db, rowId),
  ]);
  return {
    ...fields,
    shipping_address: address ?? null,
    // Amazon gives each amount its currency; an item without amounts (Pending) takes the order's.
    items: itemRows.map((item) => ({ ...item, currency: item.currency ?? fields.currency ?? null })),
    tracking: trackingRows,
    history: historyRows,
  };
}
