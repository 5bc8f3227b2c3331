import type { Knex } from 'knex';
import type { CanceledBy } from '@orderdesk/migrations';
import { recordAudit } from '../../../audit/repository.js';
import type { InventoryService } from '../../../inventory/service.js';
import { refundInvoicedOffline } from '../../../sales/invoicing/refund-offline.js';
import type { OrderRow } from '../../../sales/orders-repository.js';
import type { SalesService } from '../../../sales/service.js';
import {
  addStatusHistory,
  updateAmazonOrder,
  type AmazonItemRow,
  type AmazonOrderRow,
} from '../import/amazon-order-repository.js';
import { itemKey } from '../import/commerce-order-draft.js';

const WHO: Record<CanceledBy, string> = {
  buyer: 'by the buyer',
  amazon: 'by Amazon',
  seller: 'by the seller',
  staff: 'by staff in Order Desk',
};

export function cancellationText(canceledBy: CanceledBy | null): string {
  return canceledBy ? `Canceled on Amazon ${WHO[canceledBy]}` : 'Canceled on Amazon';
}

/**
 * Amazon canceled the order: cancel its Commerce order, release every unit still reserved for it, and say
 * who and when, in the caller's transaction (the Amazon order and its Commerce order `commerce` are locked). Exactly once: an order already
 * marked canceled here changes nothing.
 */
export async function applyAmazonCancellation(
  trx: Knex.Transaction,
  services: { sales: SalesService; inventory: InventoryService },
  order: AmazonOrderRow,
  items: AmazonItemRow[],
  commerce: OrderRow | undefined,
  canceledBy: CanceledBy | null,
): Promise<boolean> {
  if (order.canceled_at) return false;
  const who = cancellationText(canceledBy);
  const released = await services.inventory.releaseOutstanding(trx, items.map(itemKey), 'order_canceled', {
    amazonOrderId: order.amazon_order_id,
    canceledBy,
  });
  const when = new Date().toISOString();
  if (commerce) {
    // Magento cannot cancel what is invoiced: refund it offline first (that alone may close the order).
    await refundInvoicedOffline(trx, commerce.id, `${who} (${when}).`);
    await services.sales.cancelOrder(trx, commerce.id, `${who} (${when}).`, 'Amazon sync');
  }
  const lastAction = released > 0 ? `${who}; ${released} unit${released === 1 ? '' : 's'} released` : who;
  await updateAmazonOrder(trx, order.id, {
    canceled_by: canceledBy,
    canceled_at: trx.fn.now(),
    inventory_reserved: false,
    last_action: lastAction,
    ...(order.cancellation_state === 'requested' ? { cancellation_state: 'confirmed' } : {}),
    // A canceled order will never be imported: it leaves the list of blocked imports.
    ...(order.import_state === 'blocked' ? { import_state: 'not_imported', import_error: null } : {}),
  });
  await addStatusHistory(trx, {
    orderId: order.id,
    status: 'Canceled',
    source: 'amazon',
    comment: lastAction,
  });
  await recordAudit(trx, {
    user: null,
    action: 'amazon-orders.canceled-on-amazon',
    resource: 'amazon-orders',
    recordId: order.amazon_order_id,
    details: { canceledBy, released, commerceOrderId: commerce?.id ?? null },
  });
  return true;
}
