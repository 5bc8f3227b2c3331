import type { Knex } from 'knex';

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
 * One shipment as the API answers it: its lines, its tracking and, for an Amazon order, whether Amazon has
 * the tracking yet (`pending` until the confirmation is accepted, then `sent`).
 */
export async function shipmentRecord(db: Knex, shipmentId: number) {
  const shipment = await db('sales_shipments as s')
    .join('sales_orders as so', 'so.id', 's.order_id')
    .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .leftJoin('amazon_order_tracking as t', 't.sales_shipment_id', 's.id')
    .where('s.id', shipmentId)
    .first(
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
    );
  if (!shipment) return undefined;
  const items = await db('sales_shipment_items as si')
    .join('sales_order_items as i', 'i.id', 'si.order_item_id')
    .where('si.shipment_id', shipmentId)
    .orderBy('si.order_item_id')
    .select('si.order_item_id', 'i.sku', 'i.name', 'si.qty');
  const track = await db('sales_shipment_tracks')
    .where({ shipment_id: shipmentId })
    .orderBy('id')
    .first('carrier_code', 'title', 'track_number');
  const { amazon_order_id, amazon_tracking_id, amazon_confirmed_at, ...fields } = shipment;
  return {
    ...fields,
    items,
    track: track ?? null,
    amazon:
      amazon_order_id && amazon_tracking_id
        ? {
            amazon_order_id,
            confirmation: amazon_confirmed_at ? 'sent' : 'pending',
            confirmed_at: amazon_confirmed_at,
          }
        : null,
  };
}
