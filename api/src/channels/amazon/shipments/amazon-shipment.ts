import type { Knex } from 'knex';
import type { AmazonOrderStatus, CancellationState, FulfillmentChannel } from '@orderdesk/migrations';
import type { SessionUser } from '../../../auth/session-user.js';
import { ConflictError } from '../../../http/errors.js';
import { enqueueOutbox } from '../../../outbox/outbox-repository.js';
import type { ShipmentChannel, ShipmentDone } from '../../../sales/shipping/ship-order.js';
import { addStatusHistory, updateAmazonOrder } from '../import/amazon-order-repository.js';
import { itemKey } from '../import/commerce-order-draft.js';
import {
  amazonCarrier,
  CONFIRM_SHIPMENT_COMMAND,
  type ConfirmShipmentPayload,
} from './confirm-shipment-command.js';

interface LockedAmazonOrder {
  id: number;
  store_id: number;
  amazon_order_id: string;
  status: AmazonOrderStatus;
  fulfillment_channel: FulfillmentChannel | null;
  cancellation_state: CancellationState;
  canceled_at: Date | null;
}

/**
 * The Amazon side of a staff shipment: the Amazon order is locked before the Commerce order (as the sync
 * does), a shipment is refused while a cancellation waits for Amazon or once Amazon canceled the order,
 * and the tracking is recorded and sent to Amazon (confirmShipment) through the outbox.
 */
export const amazonShipmentChannel: ShipmentChannel = {
  async lock(trx, order) {
    if (order.amazon_order_id === null) return null;
    const row: LockedAmazonOrder | undefined = await trx('amazon_orders')
      .where({ id: order.amazon_order_id })
      .forUpdate()
      .first(
        'id',
        'store_id',
        'amazon_order_id',
        'status',
        'fulfillment_channel',
        'cancellation_state',
        'canceled_at',
      );
    if (!row) return null;
    return {
      assertShippable: () => assertShippableOnAmazon(row),
      stockKey: (item) =>
        item.amazon_order_item_id === null
          ? `order-item:${item.id}`
          : itemKey({ id: item.amazon_order_item_id }),
      shipped: (trx, shipment, user) => confirmOnAmazon(trx, row, shipment, user),
    };
  },
};

function assertShippableOnAmazon(order: LockedAmazonOrder): void {
  const id = order.amazon_order_id;
  if (order.status === 'Canceled' || order.canceled_at)
    throw new ConflictError(`Amazon order ${id} is Canceled on Amazon; it cannot be shipped.`);
  if (order.cancellation_state === 'requested')
    throw new ConflictError(
      `A cancellation of Amazon order ${id} is waiting for Amazon's answer; it cannot be shipped unless Amazon refuses the cancellation.`,
    );
  if (order.fulfillment_channel === 'AFN')
    throw new ConflictError(
      `Amazon order ${id} is fulfilled by Amazon (AFN); Amazon ships it, not the seller.`,
    );
  if (order.status === 'Shipped')
    throw new ConflictError(
      `Amazon already reports order ${id} Shipped; the next sync records that shipment here.`,
    );
}

/** The tracking row, the confirmShipment command, and what the Amazon order shows meanwhile. */
async function confirmOnAmazon(
  trx: Knex.Transaction,
  order: LockedAmazonOrder,
  shipment: ShipmentDone,
  user: SessionUser,
): Promise<number | null> {
  const orderItems = await packageItems(trx, shipment.lines);
  if (orderItems.length === 0) return null;
  const carrier = amazonCarrier(shipment.track.carrierCode, shipment.track.title);
  const shipDate = new Date(Math.floor(Date.now() / 1000) * 1000);
  const [tracking] = await trx('amazon_order_tracking')
    .insert({
      order_id: order.id,
      carrier_code: carrier.carrierCode,
      carrier_name: carrier.carrierName ?? null,
      tracking_number: shipment.track.trackNumber,
      ship_date: shipDate,
      sales_shipment_id: shipment.id,
    })
    .returning('id');
  const payload: ConfirmShipmentPayload = {
    amazonOrderId: order.amazon_order_id,
    shipmentId: shipment.id,
    shipmentIncrementId: shipment.incrementId,
    trackingId: tracking.id as number,
    packageDetail: {
      packageReferenceId: String(shipment.id),
      ...carrier,
      trackingNumber: shipment.track.trackNumber,
      shipDate: shipDate.toISOString().replace(/\.000Z$/, 'Z'),
      orderItems,
    },
  };
  const outboxId = await enqueueOutbox(trx, {
    kind: CONFIRM_SHIPMENT_COMMAND,
    storeId: order.store_id,
    aggregateType: 'amazon_order',
    aggregateId: String(order.id),
    payload,
    idempotencyKey: `${CONFIRM_SHIPMENT_COMMAND}:${shipment.id}`,
  });
  await noteOnAmazonOrder(trx, order, shipment, `${carrier.carrierCode} ${shipment.track.trackNumber}`, user);
  return outboxId;
}

/** The package's lines as Amazon names them: its OrderItemId and the units. */
async function packageItems(
  trx: Knex.Transaction,
  lines: ShipmentDone['lines'],
): Promise<{ orderItemId: string; quantity: number }[]> {
  const rows: { id: number; order_item_id: string }[] = await trx('amazon_order_items')
    .whereIn(
      'id',
      lines.flatMap(({ item }) => (item.amazon_order_item_id === null ? [] : [item.amazon_order_item_id])),
    )
    .select('id', 'order_item_id');
  const orderItemIdOf = new Map(rows.map((row) => [row.id, row.order_item_id]));
  return lines.flatMap(({ item, quantity }) => {
    const orderItemId =
      item.amazon_order_item_id === null ? undefined : orderItemIdOf.get(item.amazon_order_item_id);
    return orderItemId ? [{ orderItemId, quantity }] : [];
  });
}

async function noteOnAmazonOrder(
  trx: Knex.Transaction,
  order: LockedAmazonOrder,
  shipment: ShipmentDone,
  tracking: string,
  user: SessionUser,
): Promise<void> {
  const what = `Shipment #${shipment.incrementId} (${tracking})`;
  await updateAmazonOrder(trx, order.id, {
    inventory_reserved: shipment.remaining > 0,
    last_action: `${what} by ${user.username}; confirming with Amazon`,
  });
  await addStatusHistory(trx, {
    orderId: order.id,
    status: order.status,
    source: 'staff',
    comment: `${what} created; tracking queued for Amazon.`,
    userId: user.id,
  });
}
