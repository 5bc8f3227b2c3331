import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { BadRequestError, ConflictError } from '../../http/errors.js';
import type { ShippableItem } from '../shipments-repository.js';

export interface ShipmentPlanLine {
  item: ShippableItem;
  quantity: number;
}

/** What is still open on a line (Magento: ordered - shipped - canceled). */
export const openQuantity = (item: ShippableItem): number =>
  item.qty_ordered - item.qty_shipped - item.qty_canceled;

const REFUSED_STATES: Partial<Record<CommerceOrderStatus, string>> = {
  canceled: 'is canceled',
  closed: 'is closed',
  holded: 'is on hold; release the hold before shipping it',
};

/**
 * Magento's canShip and the shipment's quantities: no shipment on a canceled, closed or held order, nothing
 * beyond what is open, and something to ship. Without `requested`, everything still open ships. Each
 * refusal is a 409 saying which rule; an item that is not the order's is a 400 naming it.
 */
export function planShipment(
  order: { increment_id: string; status: CommerceOrderStatus },
  items: readonly ShippableItem[],
  requested?: readonly { order_item_id: number; qty: number }[],
): ShipmentPlanLine[] {
  const number = `Order #${order.increment_id}`;
  const refusal = REFUSED_STATES[order.status];
  if (refusal) throw new ConflictError(`${number} ${refusal}; it cannot be shipped.`);
  if (items.every((item) => openQuantity(item) <= 0))
    throw new ConflictError(`${number} has nothing left to ship.`);
  if (!requested)
    return items.flatMap((item) => (openQuantity(item) > 0 ? [{ item, quantity: openQuantity(item) }] : []));
  const byId = new Map(items.map((item) => [item.id, item]));
  const lines: ShipmentPlanLine[] = [];
  requested.forEach((line, index) => {
    const item = byId.get(line.order_item_id);
    if (!item)
      throw new BadRequestError(
        `Invalid items.${index}.order_item_id: order item ${line.order_item_id} is not part of ${number}.`,
        { field: `items.${index}.order_item_id` },
      );
    if (line.qty === 0) return;
    const open = openQuantity(item);
    if (line.qty > open)
      throw new ConflictError(
        `${number}: ${line.qty} unit(s) of ${item.sku} requested, but only ${open} left to ship ` +
          `(ordered ${item.qty_ordered}, shipped ${item.qty_shipped}, canceled ${item.qty_canceled}).`,
        { field: `items.${index}.qty`, open },
      );
    lines.push({ item, quantity: line.qty });
  });
  return lines;
}
