// Did a shipment confirmation we never heard back about reach Amazon? confirmShipment has no idempotency
// key, and sending it again once Amazon has it is refused (the units are shipped already), so before
// sending again we ask Amazon how many units of each item it counts as shipped.
import type { Knex } from 'knex';
import type { SpApiClient } from '../sp-api/client.js';
import { CONFIRM_SHIPMENT_COMMAND, type ConfirmShipmentPayload } from './confirm-shipment-command.js';

/** Units per Amazon order item in the packages of this order Amazon accepted before (not this one). */
async function unitsConfirmedBefore(
  knex: Knex,
  orderRowId: number,
  trackingId: number,
): Promise<Map<string, number>> {
  const payloads: { payload: ConfirmShipmentPayload }[] = await knex('outbox as o')
    .join('amazon_order_tracking as t', 't.id', knex.raw("(o.payload->>'trackingId')::bigint"))
    .where({ 'o.kind': CONFIRM_SHIPMENT_COMMAND, 'o.aggregate_id': String(orderRowId) })
    .whereNotNull('t.confirmed_at')
    .whereNot('t.id', trackingId)
    .select('o.payload');
  const units = new Map<string, number>();
  for (const { payload } of payloads) {
    for (const item of payload.packageDetail.orderItems)
      units.set(item.orderItemId, (units.get(item.orderItemId) ?? 0) + item.quantity);
  }
  return units;
}

/**
 * True when Amazon counts, for every item of this package, at least the units of the packages it accepted
 * before plus this one's: an earlier try of this confirmation went through. (Units shipped in Seller
 * Central count too: then the package needs no confirmation from us either.)
 */
export async function confirmedOnAmazon(
  knex: Knex,
  client: SpApiClient,
  orderRowId: number,
  payload: ConfirmShipmentPayload,
): Promise<boolean> {
  const [items, before] = await Promise.all([
    client.orders.getOrderItems(payload.amazonOrderId),
    unitsConfirmedBefore(knex, orderRowId, payload.trackingId),
  ]);
  const shipped = new Map(items.map((item) => [item.OrderItemId, item.QuantityShipped ?? 0]));
  return payload.packageDetail.orderItems.every(
    (item) => (shipped.get(item.orderItemId) ?? 0) >= (before.get(item.orderItemId) ?? 0) + item.quantity,
  );
}
