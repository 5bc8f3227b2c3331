import type { Knex } from 'knex';
import type { CanceledBy } from '@orderdesk/migrations';
import { ordersOfAmazonOrders } from '../../../sales/orders-repository.js';
import { applyAmazonCancellation } from '../cancellation/amazon-side-cancel.js';
import { refuse } from '../cancellation/cancel-outcome.js';
import type { SpAddress, SpOrder, SpOrderItem } from '../sp-api/schemas/orders.js';
import {
  addStatusHistories,
  insertNewAmazonOrders,
  itemsOfOrders,
  lockAmazonOrderById,
  lockAmazonOrders,
  skusOfOrders,
  updateAmazonOrder,
  upsertAddresses,
  upsertAmazonOrders,
  upsertItems,
  type AmazonItemRow,
  type AmazonOrderRow,
  type AmazonOrderWrite,
} from './amazon-order-repository.js';
import type { ImportSettings } from './commerce-order-draft.js';
import {
  createCommerceOrders,
  followShipments,
  reservePending,
  type ActionOutcome,
  type ImportServices,
} from './import-actions.js';
import { decideImport } from './import-rules.js';
import { importPlannedOrders, planNewOrders, type NewOrder } from './new-orders.js';
import { addressColumns, itemColumns, knownStatus, orderColumns } from './order-record.js';

/** What Amazon said of one order in this sync: items and address only when they were fetched. */
export interface FetchedOrder {
  order: SpOrder;
  items: SpOrderItem[] | null;
  address: SpAddress | null;
  /** Who canceled it, when Amazon says so (asked only for orders newly seen Canceled). */
  canceledBy?: CanceledBy | null;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'canceled' | 'blocked';

/** An order whose rules run now, and how it was seen before they ran. */
interface Evaluation {
  row: AmazonOrderRow;
  seen: ImportOutcome;
}

/**
 * Applies Amazon's view of orders, idempotently, in the caller's transaction: the rows are locked first,
 * Amazon's data upserted, then the product's rules run (reserve, create, follow, cancel). A page of
 * orders costs a handful of statements, not a handful per order. Applying the same answer twice changes
 * nothing.
 */
export class AmazonOrderImporter {
  constructor(private readonly services: ImportServices) {}

  async apply(trx: Knex.Transaction, store: ImportSettings, fetched: FetchedOrder): Promise<ImportOutcome> {
    const outcomes = await this.applyPage(trx, store, [fetched]);
    return outcomes.get(fetched.order.AmazonOrderId)!;
  }

  /** A page's orders (distinct AmazonOrderIds); answers each one's outcome by AmazonOrderId. */
  async applyPage(
    trx: Knex.Transaction,
    store: ImportSettings,
    fetchedOrders: readonly FetchedOrder[],
  ): Promise<Map<string, ImportOutcome>> {
    // One row per order (a later answer for the same order wins): one statement cannot write a row twice.
    const page = [...new Map(fetchedOrders.map((f) => [f.order.AmazonOrderId, f])).values()];
    const existing = await lockAmazonOrders(
      trx,
      store.id,
      page.map((fetched) => fetched.order.AmazonOrderId),
    );
    const outcomes = new Map<string, ImportOutcome>();
    const evaluations: Evaluation[] = [];
    const updates: { fetched: FetchedOrder; previous: AmazonOrderRow; write: AmazonOrderWrite }[] = [];
    const fresh: NewOrder[] = [];
    for (const fetched of page) {
      const previous = existing.get(fetched.order.AmazonOrderId);
      if (!previous) fresh.push({ fetched, write: orderWrite(fetched, undefined) });
      else if (!isStale(previous, fetched))
        updates.push({ fetched, previous, write: orderWrite(fetched, previous) });
      // Nothing new to write; a blocked import is still tried again.
      else if (previous.import_state === 'blocked') evaluations.push({ row: previous, seen: 'unchanged' });
      else outcomes.set(previous.amazon_order_id, 'unchanged');
    }
    // A page seen before, unchanged (a sync's overlap with the last one): no stock to lock.
    if (fresh.length + updates.length + evaluations.length === 0) return outcomes;
    // Every stock row the rules below may touch, at once and in SKU order (see InventoryService.lockStock),
    // before new orders are decided on them: the stored orders' SKUs and the ones Amazon sent now.
    const stock = await this.services.inventory.lockStock(trx, [
      ...(await skusOfOrders(
        trx,
        [...existing.values()].map((row) => row.id),
      )),
      ...[...updates, ...fresh].flatMap(({ fetched }) =>
        (fetched.items ?? []).map((item) => item.SellerSKU ?? null),
      ),
    ]);
    const { planned, others } = await planNewOrders(trx, this.services, store, fresh, stock);
    const rows = new Map([
      ...(await insertNewAmazonOrders(trx, store.id, [
        ...planned.map(({ write }) => write),
        ...others.map(({ write }) => write),
      ])),
      ...(await upsertAmazonOrders(
        trx,
        store.id,
        updates.map(({ write }) => write),
      )),
    ]);
    // In page order, as the rules serve them.
    const stored = page.flatMap((fetched) => {
      const row = rows.get(fetched.order.AmazonOrderId);
      return row ? [{ fetched, previous: existing.get(row.amazon_order_id), row }] : [];
    });
    const itemRows = await upsertItems(
      trx,
      stored.flatMap(({ fetched, row }) =>
        (fetched.items ?? []).map((item) => ({ order_id: row.id, ...itemColumns(item) })),
      ),
    );
    await upsertAddresses(
      trx,
      stored.flatMap(({ fetched, row }) => {
        const address = fetched.address ?? fetched.order.ShippingAddress;
        return address ? [{ order_id: row.id, ...addressColumns(address) }] : [];
      }),
    );
    await addStatusHistories(
      trx,
      stored
        .filter(({ previous, row }) => previous?.status !== row.status)
        .map(({ previous, row }) => ({
          orderId: row.id,
          status: row.status,
          source: 'sync' as const,
          comment: previous ? `${previous.status} → ${row.status}` : `Seen on Amazon as ${row.status}`,
        })),
    );
    const itemsByOrder = new Map<number, AmazonItemRow[]>();
    for (const item of itemRows.sort((a, b) => a.id - b.id)) {
      const items = itemsByOrder.get(item.order_id);
      if (items) items.push(item);
      else itemsByOrder.set(item.order_id, [item]);
    }
    const plannedOutcomes = await importPlannedOrders(
      trx,
      this.services,
      store,
      planned,
      rows,
      (id) => itemsByOrder.get(id) ?? [],
    );
    for (const [id, outcome] of plannedOutcomes) outcomes.set(id, outcome);
    for (const { row } of stored) await refuseOutrunCancellation(trx, row);
    for (const { previous, row } of stored)
      if (!plannedOutcomes.has(row.amazon_order_id))
        evaluations.push({ row, seen: previous ? 'updated' : 'created' });
    const canceledBy = new Map(
      page.map((fetched) => [fetched.order.AmazonOrderId, fetched.canceledBy ?? null]),
    );
    for (const [id, outcome] of await this.evaluate(trx, store, evaluations, canceledBy))
      outcomes.set(id, outcome);
    return outcomes;
  }

  /** Runs the rules again on what is stored: how blocked orders are retried without asking Amazon. */
  async retry(trx: Knex.Transaction, store: ImportSettings, orderRowId: number): Promise<ImportOutcome> {
    const row = await lockAmazonOrderById(trx, orderRowId);
    if (!row) return 'unchanged';
    const outcomes = await this.evaluate(trx, store, [{ row, seen: 'unchanged' }]);
    return outcomes.get(row.amazon_order_id)!;
  }

  private async evaluate(
    trx: Knex.Transaction,
    store: ImportSettings,
    evaluations: readonly Evaluation[],
    canceledBy: ReadonlyMap<string, CanceledBy | null> = new Map(),
  ): Promise<Map<string, ImportOutcome>> {
    const ids = evaluations.map(({ row }) => row.id);
    const items = await itemsOfOrders(trx, ids);
    const commerceOrders = await ordersOfAmazonOrders(trx, ids);
    const outcomes = new Map<string, ImportOutcome>();
    const toCreate: Evaluation[] = [];
    for (const evaluation of evaluations) {
      const { row, seen } = evaluation;
      const orderItems = items.get(row.id)!;
      const commerce = commerceOrders.get(row.id);
      const action = decideImport({
        importOrders: store.import_orders,
        reservePending: store.reserve_pending,
        status: row.status,
        fulfillmentChannel: row.fulfillment_channel,
        importState: row.import_state,
        hasCommerceOrder: Boolean(commerce),
        inventoryReserved: row.inventory_reserved,
      });
      let outcome: ActionOutcome = 'none';
      switch (action) {
        case 'read_only':
          if (seen === 'created')
            await updateAmazonOrder(trx, row.id, {
              last_action: 'Import disabled for this store: shown read-only',
            });
          break;
        case 'cancel':
          if (
            await applyAmazonCancellation(
              trx,
              this.services,
              row,
              orderItems,
              commerce,
              whoCanceled(row, canceledBy.get(row.amazon_order_id) ?? null),
            )
          ) {
            outcomes.set(row.amazon_order_id, 'canceled');
            continue;
          }
          break;
        case 'reserve':
          outcome = await reservePending(trx, this.services, row, orderItems);
          break;
        case 'create':
          toCreate.push(evaluation);
          continue;
        case 'follow':
          outcome = await followShipments(trx, this.services, row, orderItems, commerce);
          break;
        case 'wait':
          break;
      }
      outcomes.set(row.amazon_order_id, outcomeOf(seen, outcome));
    }
    const created = await createCommerceOrders(
      trx,
      this.services,
      toCreate.map(({ row }) => ({ order: row, items: items.get(row.id)! })),
      store,
    );
    toCreate.forEach(({ row, seen }, index) =>
      outcomes.set(row.amazon_order_id, outcomeOf(seen, created[index]!)),
    );
    return outcomes;
  }
}

/** Amazon reports our own feed's cancellation as the seller's: with one pending, it was staff here. */
function whoCanceled(row: AmazonOrderRow, reported: CanceledBy | null): CanceledBy | null {
  return reported === 'seller' && row.cancellation_state === 'requested' ? 'staff' : reported;
}

/**
 * Amazon shipped an order whose cancellation staff asked for: the shipment wins, the cancellation is
 * refused (the outbox then sends nothing, or Amazon refuses what was sent).
 */
async function refuseOutrunCancellation(trx: Knex.Transaction, row: AmazonOrderRow): Promise<void> {
  if (row.cancellation_state !== 'requested' || !['PartiallyShipped', 'Shipped'].includes(row.status)) return;
  await refuse(
    trx,
    row.id,
    row.amazon_order_id,
    row.status,
    `Cancellation refused: Amazon reports the order ${row.status} before the cancellation reached it.`,
  );
  row.cancellation_state = 'refused';
}

function outcomeOf(seen: ImportOutcome, outcome: ActionOutcome): ImportOutcome {
  if (outcome === 'blocked') return 'blocked';
  if (outcome === 'created') return 'created';
  return seen === 'unchanged' && outcome !== 'none' ? 'updated' : seen;
}

/** Older than what we hold, or the same moment with nothing new fetched: nothing to write. */
function isStale(previous: AmazonOrderRow, fetched: FetchedOrder): boolean {
  const stored = previous.last_update_date.getTime();
  const incoming = Date.parse(fetched.order.LastUpdateDate);
  return stored > incoming || (stored === incoming && !fetched.items);
}

/** The row Amazon's answer makes; an unknown status keeps the last known one and says so. */
function orderWrite(fetched: FetchedOrder, previous: AmazonOrderRow | undefined): AmazonOrderWrite {
  const { order, items } = fetched;
  const { status, unknown } = knownStatus(order.OrderStatus, previous?.status ?? null);
  const requested = items?.find((item) => item.BuyerRequestedCancel?.IsBuyerRequestedCancel === 'true');
  return {
    amazon_order_id: order.AmazonOrderId,
    ...orderColumns(order, status),
    // Items say whether the buyer asked to cancel; without them, what we knew stands.
    buyer_cancel_requested: items ? Boolean(requested) : (previous?.buyer_cancel_requested ?? false),
    buyer_cancel_reason: items
      ? (requested?.BuyerRequestedCancel?.BuyerCancelReason ?? null)
      : (previous?.buyer_cancel_reason ?? null),
    last_action: unknown ? `Amazon sent status "${unknown}", not known here; kept "${status}"` : null,
  };
}
