import type { Knex } from 'knex';
import { toCents } from '../money.js';
import { lockOrderForDocument } from '../invoicing/documents-repository.js';
import { statusAfterDocument } from '../order-state.js';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { recordAudit } from '../../audit/repository.js';
import type { SessionUser } from '../../auth/session-user.js';
import { NotFoundError } from '../../http/errors.js';
import type { InventoryService } from '../../inventory/service.js';
import { addHistory, lockOrder, type OrderRow } from '../orders-repository.js';
import { insertShipment, itemsOfOrder, type ShippableItem } from '../shipments-repository.js';
import { insertTrack, type TrackInput } from './repository.js';
import type { ShipmentInput } from './schemas.js';
import { openQuantity, planShipment, type ShipmentPlanLine } from './ship-rules.js';

/** A shipment just written, as a sales channel needs to hear of it. */
export interface ShipmentDone {
  id: number;
  incrementId: string;
  orderId: number;
  orderIncrementId: string;
  lines: readonly ShipmentPlanLine[];
  track: TrackInput;
  /** Units of the order still open after this shipment. */
  remaining: number;
}

/** The channel's side of an order, locked for the length of the shipment's transaction. */
export interface LockedChannelOrder {
  /** Refuses (ConflictError) a shipment the channel forbids; called after the Commerce order's own rules. */
  assertShippable(): void;
  /** The ledger key under which an order item's stock was reserved. */
  stockKey(item: ShippableItem): string;
  /** Records what the channel must be told, in the same transaction; answers an outbox command to hand out, or null. */
  shipped(trx: Knex.Transaction, shipment: ShipmentDone, user: SessionUser): Promise<number | null>;
}

/**
 * A sales channel (Amazon) that hears of shipments. `lock` runs before the Commerce order is locked, so
 * that a shipment takes its locks in the same order as the channel's sync (channel order, then Commerce
 * order); it answers null for an order that is not the channel's.
 */
export interface ShipmentChannel {
  lock(
    trx: Knex.Transaction,
    order: { id: number; amazon_order_id: number | null },
  ): Promise<LockedChannelOrder | null>;
}

export interface ShipOrderDeps {
  inventory: InventoryService;
  channel: ShipmentChannel | null;
}

/**
 * Ships (part of) a Commerce order with one tracking number (Magento's shipment with track), in one
 * transaction under the order's lock: the shipment, its items and track, qty_shipped, the order's status,
 * the stock (deducted and its reservation compensated once, reference `shipment:<id>`), history, audit and
 * the channel's record and outbox command. Answers the shipment id and the outbox command to hand out.
 */
export async function shipOrder(
  knex: Knex,
  deps: ShipOrderDeps,
  orderId: number,
  input: ShipmentInput,
  user: SessionUser,
): Promise<{ shipmentId: number; outboxId: number | null }> {
  return knex.transaction(async (trx) => {
    // amazon_order_id never changes once an order exists: safe to read before taking the locks.
    const ref = await trx('sales_orders').where({ id: orderId }).first('id', 'amazon_order_id');
    if (!ref) throw new NotFoundError(`No order ${orderId}.`);
    const channelOrder = deps.channel ? await deps.channel.lock(trx, ref) : null;
    const order = (await lockOrder(trx, orderId))!;
    const items = await itemsOfOrder(trx, orderId);
    const lines = planShipment(order, items, input.items);
    channelOrder?.assertShippable();
    const track: TrackInput = {
      carrierCode: input.carrier,
      title: input.title || null,
      trackNumber: input.tracking_number,
    };
    const shipment = await writeShipment(trx, deps.inventory, channelOrder, {
      order,
      items,
      lines,
      track,
      userId: user.id,
    });
    await noteShipment(trx, shipment, user);
    const outboxId = channelOrder ? await channelOrder.shipped(trx, shipment, user) : null;
    return { shipmentId: shipment.id, outboxId };
  });
}

/** The shipment, its track, qty_shipped, the stock and the order's status. */
async function writeShipment(
  trx: Knex.Transaction,
  inventory: InventoryService,
  channelOrder: LockedChannelOrder | null,
  plan: {
    order: OrderRow;
    items: ShippableItem[];
    lines: ShipmentPlanLine[];
    track: TrackInput;
    userId: number;
  },
): Promise<ShipmentDone & { status: CommerceOrderStatus }> {
  const { order, items, lines, track } = plan;
  const shipment = await insertShipment(
    trx,
    order.id,
    lines.map(({ item, quantity }) => ({ orderItemId: item.id, quantity })),
    plan.userId,
  );
  await insertTrack(trx, shipment.id, track);
  await inventory.ship(
    trx,
    lines.map(({ item, quantity }) => ({
      key: channelOrder?.stockKey(item) ?? `order-item:${item.id}`,
      sku: item.sku,
      quantity,
    })),
    `shipment:${shipment.id}`,
    { orderId: order.id, shipmentId: shipment.id, source: 'staff' },
  );
  const units = lines.reduce((sum, { quantity }) => sum + quantity, 0);
  const remaining = items.reduce((sum, item) => sum + openQuantity(item), 0) - units;
  const status = await statusAfterShipment(trx, order);
  await trx('sales_orders').where({ id: order.id }).update({ status, updated_at: trx.fn.now() });
  return {
    id: shipment.id,
    incrementId: shipment.incrementId,
    orderId: order.id,
    orderIncrementId: order.increment_id,
    lines,
    track,
    remaining,
    status,
  };
}

/**
 * Magento's state check, the same one invoices and credit memos run: processing while anything is left to
 * invoice or ship, then complete (or closed once everything invoiced was refunded).
 */
async function statusAfterShipment(trx: Knex.Transaction, order: OrderRow): Promise<CommerceOrderStatus> {
  const state = (await lockOrderForDocument(trx, order.id))!;
  const shippingLeft = toCents(state.order.shipping_invoiced) - toCents(state.order.shipping_refunded);
  return statusAfterDocument(order.status, state.lines, shippingLeft);
}

/** Comments History and the audit log. */
async function noteShipment(
  trx: Knex.Transaction,
  shipment: ShipmentDone & { status: CommerceOrderStatus },
  user: SessionUser,
): Promise<void> {
  const { track, lines } = shipment;
  const units = lines.reduce((sum, { quantity }) => sum + quantity, 0);
  const carrier = track.title ? `${track.title} (${track.carrierCode})` : track.carrierCode;
  await addHistory(trx, {
    orderId: shipment.orderId,
    status: shipment.status,
    comment: `Shipment #${shipment.incrementId} created: ${units} unit(s), ${carrier} tracking ${track.trackNumber}.`,
    author: user.username,
    userId: user.id,
  });
  await recordAudit(trx, {
    user,
    action: 'orders.ship',
    resource: 'orders',
    recordId: shipment.orderId,
    details: {
      shipmentId: shipment.id,
      incrementId: shipment.incrementId,
      carrier: track.carrierCode,
      trackingNumber: track.trackNumber,
      items: lines.map(({ item, quantity }) => ({ orderItemId: item.id, sku: item.sku, qty: quantity })),
    },
  });
}
