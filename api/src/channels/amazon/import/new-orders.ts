import type { Knex } from 'knex';
import { recordAudits } from '../../../audit/repository.js';
import type { StockLine, StockRow } from '../../../inventory/service.js';
import type { SpOrderItem } from '../sp-api/schemas/orders.js';
import type {
  AmazonItemRow,
  AmazonOrderRow,
  AmazonOrderWrite,
  NewAmazonOrderWrite,
} from './amazon-order-repository.js';
import { commerceOrderDraft, itemKey, type ImportSettings } from './commerce-order-draft.js';
import {
  blockedAudit,
  followShippedUnits,
  importAudits,
  shortfallText,
  type ImportServices,
} from './import-actions.js';
import { decideImport, reservesStock } from './import-rules.js';
import type { FetchedOrder, ImportOutcome } from './import-service.js';
import { addressColumns } from './order-record.js';

// Orders a sync sees for the first time are decided before they are stored, so that each is written once,
// in its final state: an insert and then an update of the same row would write its twenty-odd index
// entries twice. The rules are the same as for orders seen before (decideImport, the stock's all or
// nothing in turn); the Amazon order row, its reservations and its Commerce order go in together.

export interface NewOrder {
  fetched: FetchedOrder;
  write: AmazonOrderWrite;
}

/** A new order whose outcome is known before it is stored. */
export interface PlannedOrder {
  fetched: FetchedOrder;
  write: NewAmazonOrderWrite;
  action: 'create' | 'reserve' | 'read_only';
  /** The Commerce order's number when it is created now. */
  incrementId: string | null;
  /** Why it cannot be imported now (stock), when it cannot. */
  blocked: string | null;
}

const orderedItems = (items: readonly SpOrderItem[]) => items.filter((item) => item.QuantityOrdered > 0);

/** The lines the stock check sees before the items have row ids (keys only tell lines apart here). */
const plannedLines = (fetched: FetchedOrder): StockLine[] =>
  orderedItems(fetched.items ?? []).map((item) => ({
    key: `${fetched.order.AmazonOrderId}/${item.OrderItemId}`,
    sku: item.SellerSKU ?? null,
    quantity: item.QuantityOrdered,
  }));

const NOT_IMPORTED = { import_state: 'not_imported', import_error: null, inventory_reserved: false } as const;

/** What the rules do with a new order, when it can be decided before it is stored (else null). */
function plannedAction(store: ImportSettings, { fetched, write }: NewOrder): PlannedOrder['action'] | null {
  const action = decideImport({
    importOrders: store.import_orders,
    reservePending: store.reserve_pending,
    status: write.status,
    fulfillmentChannel: channelOf(write),
    importState: 'not_imported',
    hasCommerceOrder: false,
    inventoryReserved: false,
  });
  // An order with no items fetched (or none at all) is left to the rules, which know what to do then.
  if (!fetched.items || (action === 'create' && fetched.items.length === 0)) return null;
  return action === 'create' || action === 'reserve' || action === 'read_only' ? action : null;
}

const channelOf = (write: AmazonOrderWrite) =>
  write.fulfillment_channel as AmazonOrderRow['fulfillment_channel'];

/** A new order stored as Amazon sent it, for the rules to decide afterwards. */
export interface UnplannedOrder {
  fetched: FetchedOrder;
  write: NewAmazonOrderWrite;
}

/**
 * Decides the new orders that are created, reserved (Pending, when the store reserves for it) or shown
 * read-only now, on stock rows this transaction holds locked; `stock` then counts their reservations.
 * Reservations are served as the rules would serve them one by one: Pending ones first, then the ones
 * created, each in page order. Answers the planned orders and the others, both in page order.
 */
export async function planNewOrders(
  trx: Knex.Transaction,
  services: ImportServices,
  store: ImportSettings,
  orders: readonly NewOrder[],
  stock: Map<string, StockRow>,
): Promise<{ planned: PlannedOrder[]; others: UnplannedOrder[] }> {
  const decided = orders.map((order) => ({ order, action: plannedAction(store, order) }));
  const reserving = [
    ...decided.filter(({ action }) => action === 'reserve'),
    ...decided.filter(({ order, action }) => action === 'create' && reservesStock(channelOf(order.write))),
  ];
  const shortfalls = services.inventory.planReservations(
    stock,
    reserving.map(({ order }) => plannedLines(order.fetched)),
  );
  const refused = new Map(
    reserving.flatMap(({ order }, index) => {
      const shortfall = shortfalls[index];
      return shortfall ? [[order, shortfallText(shortfall)] as const] : [];
    }),
  );
  const creating = decided.filter(({ order, action }) => action === 'create' && !refused.has(order));
  const numbers =
    store.order_number_source === 'amazon'
      ? creating.map(({ order }) => order.write.amazon_order_id)
      : await services.sales.nextIncrementIds(trx, creating.length);
  const numberOf = new Map(creating.map(({ order }, index) => [order, numbers[index]!]));
  const planned: PlannedOrder[] = [];
  const others: UnplannedOrder[] = [];
  for (const { order, action } of decided) {
    if (!action) {
      others.push({ fetched: order.fetched, write: { ...order.write, ...NOT_IMPORTED } });
      continue;
    }
    const blocked = refused.get(order) ?? null;
    const incrementId = numberOf.get(order) ?? null;
    planned.push({
      fetched: order.fetched,
      action,
      incrementId,
      blocked,
      write: { ...order.write, ...finalState(order.write, action, blocked, incrementId) },
    });
  }
  return { planned, others };
}

function finalState(
  write: AmazonOrderWrite,
  action: PlannedOrder['action'],
  blocked: string | null,
  incrementId: string | null,
) {
  if (blocked)
    return {
      import_state: 'blocked',
      import_error: blocked,
      inventory_reserved: false,
      last_action: `Import blocked: ${blocked}`,
    } as const;
  switch (action) {
    case 'create':
      return {
        import_state: 'imported',
        import_error: null,
        inventory_reserved: reservesStock(channelOf(write)),
        last_action: `Imported as Commerce order #${incrementId}`,
      } as const;
    case 'reserve':
      return {
        ...NOT_IMPORTED,
        inventory_reserved: true,
        last_action: 'Stock reserved while Pending on Amazon',
      };
    case 'read_only':
      return { ...NOT_IMPORTED, last_action: 'Import disabled for this store: shown read-only' };
  }
}

/**
 * What goes with the planned orders once they and their items are stored: their reservations, their
 * Commerce orders (with the numbers planned), the shipments Amazon already reports, and the audit. Answers
 * each one's outcome by AmazonOrderId.
 */
export async function importPlannedOrders(
  trx: Knex.Transaction,
  services: ImportServices,
  store: ImportSettings,
  planned: readonly PlannedOrder[],
  rows: ReadonlyMap<string, AmazonOrderRow>,
  itemsOf: (orderRowId: number) => AmazonItemRow[],
): Promise<Map<string, ImportOutcome>> {
  const stored = planned.map((plan) => {
    const row = rows.get(plan.fetched.order.AmazonOrderId)!;
    return { plan, row, items: itemsOf(row.id) };
  });
  const lines = (items: AmazonItemRow[]) =>
    items
      .filter((item) => item.quantity_ordered > 0)
      .map((item) => ({ key: itemKey(item), sku: item.seller_sku, quantity: item.quantity_ordered }));
  const reserved = stored.filter(
    ({ plan, row }) =>
      !plan.blocked &&
      (plan.action === 'reserve' || (plan.action === 'create' && reservesStock(row.fulfillment_channel))),
  );
  await services.inventory.recordReservations(
    trx,
    reserved.map(({ plan, row, items }) => ({
      lines: lines(items),
      metadata:
        plan.action === 'reserve'
          ? { amazonOrderId: row.amazon_order_id, pending: true }
          : { amazonOrderId: row.amazon_order_id },
    })),
  );
  const creating = stored.filter(({ plan }) => plan.incrementId !== null);
  const drafts = creating.map(({ plan, row, items }) => {
    const address = plan.fetched.address ?? plan.fetched.order.ShippingAddress;
    const draft = commerceOrderDraft(
      row,
      items.filter((item) => item.quantity_ordered > 0),
      address ? addressColumns(address) : undefined,
      store,
    );
    return { ...draft, incrementId: plan.incrementId };
  });
  const created = await services.sales.createOrders(trx, drafts);
  await recordAudits(trx, [
    ...stored.flatMap(({ plan, row }) =>
      plan.blocked ? [blockedAudit(row.amazon_order_id, plan.blocked)] : [],
    ),
    ...importAudits(
      creating.map(({ row }) => ({ order: row })),
      created,
    ),
  ]);
  await followShippedUnits(
    trx,
    services,
    creating.map(({ row, items }) => ({ order: row, items })),
    created,
    drafts,
  );
  return new Map(
    stored.map(({ plan, row }) => [
      row.amazon_order_id,
      plan.blocked ? 'blocked' : ('created' as ImportOutcome),
    ]),
  );
}
