import type { Knex } from 'knex';
import { orderOfAmazonOrder } from '../../../sales/orders-repository.js';
import { applyAmazonCancellation } from '../cancellation/amazon-side-cancel.js';
import type { SpAddress, SpOrder, SpOrderItem } from '../sp-api/schemas/orders.js';
import {
  addStatusHistory,
  insertAmazonOrder,
  itemsOf,
  lockAmazonOrder,
  lockAmazonOrderById,
  updateAmazonOrder,
  upsertAddress,
  upsertItems,
  type AmazonOrderRow,
} from './amazon-order-repository.js';
import type { ImportSettings } from './commerce-order-draft.js';
import {
  createCommerceOrder,
  followShipments,
  reservePending,
  type ActionOutcome,
  type ImportServices,
} from './import-actions.js';
import { decideImport } from './import-rules.js';
import { addressColumns, itemColumns, knownStatus, orderColumns } from './order-record.js';

/** What Amazon said of one order in this sync: items and address only when they were fetched. */
export interface FetchedOrder {
  order: SpOrder;
  items: SpOrderItem[] | null;
  address: SpAddress | null;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'canceled' | 'blocked';

/**
 * Applies Amazon's view of an order, idempotently, in the caller's transaction: the order row is locked
 * first, Amazon's data upserted, then the product's rules run (reserve, create, follow, cancel).
 * Applying the same answer twice changes nothing.
 */
export class AmazonOrderImporter {
  constructor(private readonly services: ImportServices) {}

  async apply(trx: Knex.Transaction, store: ImportSettings, fetched: FetchedOrder): Promise<ImportOutcome> {
    const { order } = fetched;
    const existing = await lockAmazonOrder(trx, store.id, order.AmazonOrderId);
    const updatedAt = new Date(order.LastUpdateDate);
    // Older than what we hold, or the same moment with nothing new fetched: nothing to write.
    const stored = existing?.last_update_date.getTime();
    if (
      existing &&
      stored !== undefined &&
      (stored > updatedAt.getTime() || (stored === updatedAt.getTime() && !fetched.items))
    ) {
      return existing.import_state === 'blocked'
        ? this.evaluate(trx, store, existing, 'unchanged')
        : 'unchanged';
    }
    const { status, unknown } = knownStatus(order.OrderStatus, existing?.status ?? null);
    const columns = orderColumns(order, status);
    const note = unknown
      ? { last_action: `Amazon sent status "${unknown}", not known here; kept "${status}"` }
      : {};
    if (existing) await updateAmazonOrder(trx, existing.id, { ...columns, ...note });
    else if (!(await insertAmazonOrder(trx, store.id, order.AmazonOrderId, { ...columns, ...note }))) {
      return this.apply(trx, store, fetched); // another sync inserted it a moment ago: take the update path
    }
    const row = (await lockAmazonOrder(trx, store.id, order.AmazonOrderId))!;
    if (fetched.items) await this.saveItems(trx, row.id, fetched.items);
    const address = fetched.address ?? order.ShippingAddress;
    if (address) await upsertAddress(trx, row.id, addressColumns(address));
    if (!existing || existing.status !== status) {
      await addStatusHistory(trx, {
        orderId: row.id,
        status,
        source: 'sync',
        comment: existing ? `${existing.status} → ${status}` : `Seen on Amazon as ${status}`,
      });
    }
    return this.evaluate(trx, store, row, existing ? 'updated' : 'created');
  }

  /** Runs the rules again on what is stored: how blocked orders are retried without asking Amazon. */
  async retry(trx: Knex.Transaction, store: ImportSettings, orderRowId: number): Promise<ImportOutcome> {
    const row = await lockAmazonOrderById(trx, orderRowId);
    return row ? this.evaluate(trx, store, row, 'unchanged') : 'unchanged';
  }

  private async saveItems(trx: Knex.Transaction, orderId: number, items: SpOrderItem[]): Promise<void> {
    await upsertItems(trx, orderId, items.map(itemColumns));
    const requested = items.find((item) => item.BuyerRequestedCancel?.IsBuyerRequestedCancel === 'true');
    await updateAmazonOrder(trx, orderId, {
      buyer_cancel_requested: Boolean(requested),
      buyer_cancel_reason: requested?.BuyerRequestedCancel?.BuyerCancelReason ?? null,
    });
  }

  private async evaluate(
    trx: Knex.Transaction,
    store: ImportSettings,
    row: AmazonOrderRow,
    seen: ImportOutcome,
  ): Promise<ImportOutcome> {
    const items = await itemsOf(trx, row.id);
    const commerce = await orderOfAmazonOrder(trx, row.id);
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
        return (await applyAmazonCancellation(trx, this.services, row, items, commerce, null))
          ? 'canceled'
          : seen;
      case 'reserve':
        outcome = await reservePending(trx, this.services, row, items);
        break;
      case 'create':
        outcome = await createCommerceOrder(trx, this.services, row, items, store);
        break;
      case 'follow':
        outcome = await followShipments(trx, this.services, row, items, commerce);
        break;
      case 'wait':
        break;
    }
    if (outcome === 'blocked') return 'blocked';
    if (outcome === 'created') return 'created';
    return seen === 'unchanged' && outcome !== 'none' ? 'updated' : seen;
  }
}
