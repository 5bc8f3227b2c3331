import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface TrackInput {
  carrierCode: string;
  title: string | null;
  trackNumber: string;
}

export async function insertTrack(
  trx: Knex.Transaction,
  shipmentId: number,
  track: TrackInput,
): Promise<void> {
  await trx('sales_shipment_tracks').insert({
    shipment_id: shipmentId,
    carrier_code: track.carrierCode,
    title: track.title,
    track_number: track.trackNumber,
  });
}

/**
 * Where the tracking of a shipment stands with Amazon: `pending` until Amazon accepts it, then `sent`;
 * `failed` once the outbox gave up on it (Amazon refused it, or could not be reached after every try),
 * when staff may retry it. `error` is the last failure (also while a retry is scheduled).
 */
type AmazonConfirmation = 'pending' | 'sent' | 'failed';

interface ShipmentRow {
  id: number;
  increment_id: string;
  order_id: number;
  order_increment_id: string;
  order_status: string;
  total_qty: number;
  created_at: Date;
  amazon_order_id: string | null;
  amazon_tracking_id: number | null;
  amazon_confirmed_at: Date | null;
  outbox_status: string | null;
  outbox_error: string | null;
}

/**
 * Shipments as the API answers them: their lines, their tracking and, for an Amazon order, whether Amazon
 * has the tracking yet. Three queries whatever the number of shipments.
 */
async function shipmentRecords(db: Db, where: { 's.id': number } | { 's.order_id': number }) {
  const shipments: ShipmentRow[] = await db('sales_shipments as s')
    .join('sales_orders as so', 'so.id', 's.order_id')
    .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .leftJoin('amazon_order_tracking as t', 't.sales_shipment_id', 's.id')
    // The Amazon channel's confirmShipment command of the shipment (its idempotency key names the shipment).
    .leftJoin('outbox as c', (on) =>
      on.on('c.idempotency_key', '=', db.raw("'amazon.confirm_shipment:' || s.id")),
    )
    .where(where)
    .orderBy('s.id')
    .select(
      's.id',
      's.increment_id',
      's.order_id',
      'so.increment_id as order_increment_id',
      'so.status as order_status',
      's.total_qty',
      's.created_at',
      'ao.amazon_order_id',
      't.id as amazon_tracking_id',
      't.confirmed_at as amazon_confirmed_at',
      'c.status as outbox_status',
      'c.last_error as outbox_error',
    );
  const ids = shipments.map((shipment) => shipment.id);
  if (ids.length === 0) return [];
  const items: {
    shipment_id: number;
    order_item_id: number;
    sku: string;
    name: string | null;
    qty: number;
  }[] = await db('sales_shipment_items as si')
    .join('sales_order_items as i', 'i.id', 'si.order_item_id')
    .whereIn('si.shipment_id', ids)
    .orderBy(['si.shipment_id', 'si.order_item_id'])
    .select('si.shipment_id', 'si.order_item_id', 'i.sku', 'i.name', 'si.qty');
  const tracks: { shipment_id: number; carrier_code: string; title: string | null; track_number: string }[] =
    await db('sales_shipment_tracks')
      .whereIn('shipment_id', ids)
      .orderBy('id')
      .select('shipment_id', 'carrier_code', 'title', 'track_number');
  return shipments.map((shipment) => {
    const {
      amazon_order_id,
      amazon_tracking_id,
      amazon_confirmed_at,
      outbox_status,
      outbox_error,
      ...fields
    } = shipment;
    const track = tracks.find((row) => row.shipment_id === shipment.id);
    const confirmation: AmazonConfirmation = amazon_confirmed_at
      ? 'sent'
      : outbox_status === 'dead'
        ? 'failed'
        : 'pending';
    return {
      ...fields,
      items: items
        .filter((item) => item.shipment_id === shipment.id)
        .map(({ shipment_id: _shipment, ...item }) => item),
      track: track
        ? { carrier_code: track.carrier_code, title: track.title, track_number: track.track_number }
        : null,
      amazon:
        amazon_order_id && amazon_tracking_id
          ? {
              amazon_order_id,
              confirmation,
              confirmed_at: amazon_confirmed_at,
              error: confirmation === 'sent' ? null : outbox_error,
            }
          : null,
    };
  });
}

export type ShipmentRecord = Awaited<ReturnType<typeof shipmentRecords>>[number];

/** One shipment as the API answers it, or undefined. */
export async function shipmentRecord(db: Db, shipmentId: number): Promise<ShipmentRecord | undefined> {
  return (await shipmentRecords(db, { 's.id': shipmentId }))[0];
}

/** An order's shipments, oldest first. */
export function shipmentsOfOrder(db: Db, orderId: number): Promise<ShipmentRecord[]> {
  return shipmentRecords(db, { 's.order_id': orderId });
}
