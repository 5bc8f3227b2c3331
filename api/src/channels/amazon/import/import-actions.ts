import type { Knex } from 'knex';
import { recordAudit } from '../../../audit/repository.js';
import type { InventoryService, StockShortfall } from '../../../inventory/service.js';
import { addHistory, type OrderRow } from '../../../sales/orders-repository.js';
import type { SalesService } from '../../../sales/service.js';
import { insertShipment, itemsOfOrder } from '../../../sales/shipments-repository.js';
import {
  addressOf,
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

async function block(
  trx: Knex.Transaction,
  order: AmazonOrderRow,
  shortfall: StockShortfall,
): Promise<ActionOutcome> {
  const reason = shortfallText(shortfall);
  // Still blocked for the same reason: a retry leaves the order exactly as it was.
  if (order.import_state === 'blocked' && order.import_error === reason) return 'blocked';
  await updateAmazonOrder(trx, order.id, {
    import_state: 'blocked',
    import_error: reason,
    last_action: `Import blocked: ${reason}`,
  });
  if (order.import_state !== 'blocked') {
    await recordAudit(trx, {
      user: null,
      action: 'amazon-orders.import-blocked',
      resource: 'amazon-orders',
      recordId: order.amazon_order_id,
      details: { reason },
    });
  }
  return 'blocked';
}

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

/** The order becomes a Commerce order: reserve (seller-fulfilled only), create, then follow Amazon's shipments. */
export async function createCommerceOrder(
  trx: Knex.Transaction,
  services: ImportServices,
  order: AmazonOrderRow,
  items: AmazonItemRow[],
  store: ImportSettings,
): Promise<ActionOutcome> {
  if (items.length === 0) return 'none';
  const reserving = reservesStock(order.fulfillment_channel);
  if (reserving) {
    const shortfall = await services.inventory.reserve(trx, orderedLines(items), {
      amazonOrderId: order.amazon_order_id,
    });
    if (shortfall) return block(trx, order, shortfall);
  }
  const draft = commerceOrderDraft(
    order,
    items.filter((item) => item.quantity_ordered > 0),
    await addressOf(trx, order.id),
    store,
  );
  const created = await services.sales.createOrder(trx, draft);
  await updateAmazonOrder(trx, order.id, {
    import_state: 'imported',
    import_error: null,
    inventory_reserved: reserving,
    last_action: `Imported as Commerce order #${created.incrementId}`,
  });
  await recordAudit(trx, {
    user: null,
    action: 'amazon-orders.import',
    resource: 'orders',
    recordId: created.id,
    details: { amazonOrderId: order.amazon_order_id, incrementId: created.incrementId },
  });
  if (reserving) {
    const commerce: OrderRow = {
      id: created.id,
      increment_id: created.incrementId,
      status: draft.status,
      amazon_order_id: order.id,
    };
    await followShipments(trx, services, order, items, commerce);
  }
  return 'created';
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
