import type { Knex } from 'knex';
import { recordAudits, type AuditEntry } from '../../../audit/repository.js';
import type { InventoryService, StockShortfall } from '../../../inventory/service.js';
import { addHistory, type OrderRow } from '../../../sales/orders-repository.js';
import type { CreatedOrder } from '../../../sales/order-creation.js';
import type { SalesService } from '../../../sales/service.js';
import { insertShipment, itemsOfOrder } from '../../../sales/shipments-repository.js';
import {
  addressesOf,
  markImported,
  updateAmazonOrder,
  type AmazonItemRow,
  type AmazonOrderRow,
} from './amazon-order-repository.js';
import { commerceOrderDraft, itemKey, type ImportSettings } from './commerce-order-draft.js';
import { reservesStock } from './import-rules.js';

export interface ImportServices {
  sales: SalesService;
  inventory: InventoryService;
}

export type ActionOutcome = 'created' | 'reserved' | 'blocked' | 'shipped' | 'none';

export function shortfallText(shortfall: StockShortfall): string {
  switch (shortfall.reason) {
    case 'unknown_sku':
      return shortfall.sku ? `SKU "${shortfall.sku}" is not in the catalog` : 'An item has no seller SKU';
    case 'disabled_sku':
      return `SKU "${shortfall.sku}" is disabled`;
    case 'not_enough_stock':
      return `Not enough salable stock for SKU "${shortfall.sku}": needs ${shortfall.needed}, salable ${shortfall.salable}`;
  }
}

const orderedLines = (items: AmazonItemRow[]) =>
  items
    .filter((item) => item.quantity_ordered > 0)
    .map((item) => ({ key: itemKey(item), sku: item.seller_sku, quantity: item.quantity_ordered }));

function block(
  trx: Knex.Transaction,
  order: AmazonOrderRow,
  shortfall: StockShortfall,
): Promise<ActionOutcome> {
  return blockOrders(trx, [{ order, shortfall }]).then(() => 'blocked');
}

/** Orders that cannot be imported now keep the reason; an order still blocked for the same reason is left as it was. */
async function blockOrders(
  trx: Knex.Transaction,
  blocked: readonly { order: AmazonOrderRow; shortfall: StockShortfall }[],
): Promise<void> {
  const changed = blocked
    .map(({ order, shortfall }) => ({ order, reason: shortfallText(shortfall) }))
    .filter(({ order, reason }) => order.import_state !== 'blocked' || order.import_error !== reason);
  if (changed.length === 0) return;
  await trx.raw(
    `update amazon_orders as o
        set import_state = 'blocked', import_error = v.reason, last_action = 'Import blocked: ' || v.reason,
            updated_at = now()
       from unnest(?::bigint[], ?::text[]) as v(id, reason)
      where o.id = v.id`,
    [changed.map(({ order }) => order.id), changed.map(({ reason }) => reason)],
  );
  await recordAudits(
    trx,
    changed
      .filter(({ order }) => order.import_state !== 'blocked')
      .map(({ order, reason }) => blockedAudit(order.amazon_order_id, reason)),
  );
}

/** The audit row of an Amazon order whose import became blocked, with the reason. */
export const blockedAudit = (amazonOrderId: string, reason: string): AuditEntry => ({
  user: null,
  action: 'amazon-orders.import-blocked',
  resource: 'amazon-orders',
  recordId: amazonOrderId,
  details: { reason },
});

/** A seller-fulfilled Pending order: reserve its stock now (the store reserves for Pending orders). */
export async function reservePending(
  trx: Knex.Transaction,
  services: ImportServices,
  order: AmazonOrderRow,
  items: AmazonItemRow[],
): Promise<ActionOutcome> {
  const shortfall = await services.inventory.reserve(trx, orderedLines(items), {
    amazonOrderId: order.amazon_order_id,
    pending: true,
  });
  if (shortfall) return block(trx, order, shortfall);
  await updateAmazonOrder(trx, order.id, {
    inventory_reserved: true,
    import_state: 'not_imported',
    import_error: null,
    last_action: 'Stock reserved while Pending on Amazon',
  });
  return 'reserved';
}

/**
 * Orders that become Commerce orders now (a page's worth in a few statements): reserve (seller-fulfilled
 * only; an order short of stock is blocked, the others go on), create, then follow what Amazon already
 * shipped. Answers each order's outcome in input order.
 */
export async function createCommerceOrders(
  trx: Knex.Transaction,
  services: ImportServices,
  orders: readonly { order: AmazonOrderRow; items: AmazonItemRow[] }[],
  store: ImportSettings,
): Promise<ActionOutcome[]> {
  const outcomes: ActionOutcome[] = orders.map(({ items }) => (items.length === 0 ? 'none' : 'created'));
  const candidates = orders.filter((_, index) => outcomes[index] === 'created');
  const reserving = candidates.filter(({ order }) => reservesStock(order.fulfillment_channel));
  const shortfalls = await services.inventory.reserveMany(
    trx,
    reserving.map(({ order, items }) => ({
      lines: orderedLines(items),
      metadata: { amazonOrderId: order.amazon_order_id },
    })),
  );
  const refused = new Map(reserving.map(({ order }, index) => [order.id, shortfalls[index]]));
  await blockOrders(
    trx,
    orders.flatMap(({ order }) => {
      const shortfall = refused.get(order.id);
      return shortfall ? [{ order, shortfall }] : [];
    }),
  );
  orders.forEach(({ order }, index) => {
    if (refused.get(order.id)) outcomes[index] = 'blocked';
  });
  const creating = candidates.filter(({ order }) => !refused.get(order.id));
  const addresses = await addressesOf(
    trx,
    creating.map(({ order }) => order.id),
  );
  const drafts = creating.map(({ order, items }) =>
    commerceOrderDraft(
      order,
      items.filter((item) => item.quantity_ordered > 0),
      addresses.get(order.id),
      store,
    ),
  );
  const created = await services.sales.createOrders(trx, drafts);
  await markImported(
    trx,
    creating.map(({ order }, index) => ({
      id: order.id,
      reserved: reservesStock(order.fulfillment_channel),
      lastAction: `Imported as Commerce order #${created[index]!.incrementId}`,
    })),
  );
  await recordAudits(trx, importAudits(creating, created));
  await followShippedUnits(trx, services, creating, created, drafts);
  return outcomes;
}

/** The audit row of each Amazon order made a Commerce order now (`created`, in the same order). */
export function importAudits(
  creating: readonly { order: AmazonOrderRow }[],
  created: readonly CreatedOrder[],
): AuditEntry[] {
  return creating.map(({ order }, index) => ({
    user: null,
    action: 'amazon-orders.import',
    resource: 'orders',
    recordId: created[index]!.id,
    details: { amazonOrderId: order.amazon_order_id, incrementId: created[index]!.incrementId },
  }));
}

/**
 * Commerce orders made now (`created` and their `drafts`, in the order of `creating`) of orders Amazon
 * already reports units of as shipped (one first seen PartiallyShipped, say): those units are shipped here.
 */
export async function followShippedUnits(
  trx: Knex.Transaction,
  services: ImportServices,
  creating: readonly { order: AmazonOrderRow; items: AmazonItemRow[] }[],
  created: readonly CreatedOrder[],
  drafts: readonly { status: OrderRow['status'] }[],
): Promise<void> {
  for (const [index, { order, items }] of creating.entries()) {
    if (!reservesStock(order.fulfillment_channel) || items.every((item) => item.quantity_shipped === 0))
      continue;
    const commerce: OrderRow = {
      id: created[index]!.id,
      increment_id: created[index]!.incrementId,
      status: drafts[index]!.status,
      amazon_order_id: order.id,
    };
    await followShipments(trx, services, order, items, commerce);
  }
}

/**
 * Units Amazon reports shipped beyond what the Commerce order shows (shipped from Seller Central, say)
 * become a shipment here: stock deducted and reservation compensated once, since qty_shipped then matches.
 */
export async function followShipments(
  trx: Knex.Transaction,
  services: ImportServices,
  order: AmazonOrderRow,
  items: AmazonItemRow[],
  commerce: OrderRow | undefined,
): Promise<ActionOutcome> {
  if (!commerce || commerce.status === 'canceled' || !reservesStock(order.fulfillment_channel)) return 'none';
  const byAmazonItem = new Map(items.map((item) => [item.id, item]));
  const commerceItems = await itemsOfOrder(trx, commerce.id);
  const lines = commerceItems.flatMap((line) => {
    const amazon =
      line.amazon_order_item_id === null ? undefined : byAmazonItem.get(line.amazon_order_item_id);
    const open = line.qty_ordered - line.qty_shipped - line.qty_canceled;
    const quantity = Math.min(open, (amazon?.quantity_shipped ?? 0) - line.qty_shipped);
    return amazon && quantity > 0 ? [{ line, amazon, quantity }] : [];
  });
  if (lines.length === 0) return 'none';
  const shipment = await insertShipment(
    trx,
    commerce.id,
    lines.map(({ line, quantity }) => ({ orderItemId: line.id, quantity })),
    null,
  );
  await services.inventory.ship(
    trx,
    lines.map(({ amazon, line, quantity }) => ({ key: itemKey(amazon), sku: line.sku, quantity })),
    `shipment:${shipment.id}`,
    { amazonOrderId: order.amazon_order_id, source: 'amazon' },
  );
  const remaining =
    commerceItems.reduce((sum, line) => sum + line.qty_ordered - line.qty_shipped - line.qty_canceled, 0) -
    lines.reduce((sum, { quantity }) => sum + quantity, 0);
  const status = remaining === 0 ? 'complete' : 'processing';
  await trx('sales_orders').where({ id: commerce.id }).update({ status, updated_at: trx.fn.now() });
  const units = lines.reduce((sum, { quantity }) => sum + quantity, 0);
  await addHistory(trx, {
    orderId: commerce.id,
    status,
    comment: `Amazon reports shipment #${shipment.incrementId} (${units} units shipped).`,
    author: 'Amazon sync',
  });
  await updateAmazonOrder(trx, order.id, {
    inventory_reserved: remaining > 0,
    last_action: `Shipped on Amazon: shipment #${shipment.incrementId}`,
  });
  return 'shipped';
}
