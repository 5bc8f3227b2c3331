import type { Knex } from 'knex';
import { recordAudit } from '../../audit/repository.js';
import type { SessionUser } from '../../auth/session-user.js';
import { ConflictError, NotFoundError } from '../../http/errors.js';
import type { InventoryService } from '../../inventory/service.js';
import { lockOrder } from '../orders-repository.js';
import type { SalesService } from '../service.js';

export interface CancelOrderDeps {
  sales: SalesService;
  inventory: InventoryService;
}

const REFUSED = {
  canceled: 'is already canceled',
  complete: 'is complete',
  closed: 'is closed',
  holded: 'is on hold; release the hold before canceling it',
} as const;

/**
 * Sales > Orders > Cancel for an order of another channel than Amazon (Magento's cancel): under the
 * order's lock, what is neither invoiced nor shipped is canceled (SalesService.cancelOrder) and the
 * stock still reserved for its items (`order-item:<id>`) is released, once, with history and audit.
 * An Amazon order is canceled through Amazon (a reason and a feed, from Amazon Order Details): 409 here.
 */
export async function cancelCommerceOrder(
  trx: Knex.Transaction,
  deps: CancelOrderDeps,
  orderId: number,
  user: SessionUser,
): Promise<void> {
  const order = await lockOrder(trx, orderId);
  if (!order) throw new NotFoundError(`No order ${orderId}.`);
  const number = `Order #${order.increment_id}`;
  if (order.status in REFUSED)
    throw new ConflictError(
      `${number} ${REFUSED[order.status as keyof typeof REFUSED]}; it cannot be canceled.`,
    );
  if (order.amazon_order_id !== null)
    throw new ConflictError(
      `${number} is an Amazon order: cancel it from Amazon Order Details (View or Cancel Amazon Order), ` +
        `choosing Amazon's cancel reason, so that Amazon is told; only Unshipped orders can be canceled.`,
    );
  const items: { id: number; open: number }[] = await trx('sales_order_items')
    .where({ order_id: orderId })
    .orderBy('id')
    .select(
      'id',
      trx.raw(
        `greatest(0, least(qty_ordered - qty_invoiced - qty_canceled,
           qty_ordered - greatest(qty_shipped, qty_refunded) - qty_canceled))::integer as open`,
      ),
    );
  if (items.every((item) => item.open <= 0))
    throw new ConflictError(`${number} has nothing left to cancel: everything is shipped or invoiced.`);
  await deps.sales.cancelOrder(trx, orderId, `Order canceled by ${user.username}.`, user.username, user.id);
  const released = await deps.inventory.releaseOutstanding(
    trx,
    items.map((item) => `order-item:${item.id}`),
    'order_canceled',
    { orderId, canceledBy: 'staff' },
  );
  await recordAudit(trx, {
    user,
    action: 'orders.cancel',
    resource: 'orders',
    recordId: orderId,
    details: { from: order.status, released },
  });
}
