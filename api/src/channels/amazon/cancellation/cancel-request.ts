import type { Knex } from 'knex';
import type { AmazonCancelReason } from '@orderdesk/migrations';
import { recordAudit } from '../../../audit/repository.js';
import type { SessionUser } from '../../../auth/session-user.js';
import { ConflictError, NotFoundError } from '../../../http/errors.js';
import { enqueueOutbox } from '../../../outbox/outbox-repository.js';
import { addStatusHistory, itemsOf, type AmazonOrderRow } from '../import/amazon-order-repository.js';
import { lockAmazonOrder } from '../orders/repository.js';
import type { CancelOrderPayload } from './cancel-command.js';

export const CANCEL_ORDER_COMMAND = 'amazon.cancel_order';

interface LockedOrder extends AmazonOrderRow {
  number_of_items_shipped: number;
  cancellation_requested_at: Date | null;
  commerce_increment_id: string | null;
  commerce_units_shipped: number | null;
}

/**
 * Staff ask Amazon to cancel an order (product.md section 5): under the order's lock, check that it is
 * still Unshipped with nothing shipped and no cancellation pending, then mark it requested and write the
 * outbox command in the same transaction. Answers the outbox command's id.
 */
export async function requestCancellation(
  knex: Knex,
  amazonOrderId: string,
  reason: AmazonCancelReason,
  user: SessionUser,
): Promise<number> {
  return knex.transaction(async (trx) => {
    const order = await lockForCancel(trx, amazonOrderId);
    if (!order) throw new NotFoundError(`Amazon order ${amazonOrderId} was not found.`);
    assertCancellable(order);
    const items = await itemsOf(trx, order.id);
    if (items.length === 0)
      throw new ConflictError(
        `Amazon order ${amazonOrderId} has no items yet; wait for the next sync before cancelling it.`,
      );
    await trx('amazon_orders')
      .where({ id: order.id })
      .update({
        cancellation_state: 'requested',
        cancellation_reason: reason,
        cancellation_error: null,
        cancellation_requested_at: trx.fn.now(),
        cancellation_requested_by: user.id,
        last_action: `Cancellation requested by ${user.username} (${reason})`,
        updated_at: trx.fn.now(),
      });
    await addStatusHistory(trx, {
      orderId: order.id,
      status: order.status,
      source: 'staff',
      comment: `Cancellation requested (${reason}); waiting for Amazon's answer.`,
      cancellationState: 'requested',
      userId: user.id,
    });
    const payload: CancelOrderPayload = {
      amazonOrderId,
      ...(order.commerce_increment_id ? { merchantOrderId: order.commerce_increment_id } : {}),
      reason,
      items: items.map((item) => ({ amazonOrderItemCode: item.order_item_id })),
    };
    const outboxId = await enqueueOutbox(trx, {
      kind: CANCEL_ORDER_COMMAND,
      storeId: order.store_id,
      aggregateType: 'amazon_order',
      aggregateId: String(order.id),
      payload,
      idempotencyKey: `${CANCEL_ORDER_COMMAND}:${order.id}:${Date.now()}`,
    });
    await recordAudit(trx, {
      user,
      action: 'amazon-orders.cancel-requested',
      resource: 'amazon-orders',
      recordId: amazonOrderId,
      details: { reason, outboxId },
    });
    return outboxId;
  });
}

/**
 * The Amazon order's row locked, then its Commerce order read in a statement of its own (lockAmazonOrder):
 * one statement that waited for a shipment's commit would not see the units just shipped, and a
 * cancellation would be sent for a shipped order.
 */
async function lockForCancel(trx: Knex.Transaction, amazonOrderId: string): Promise<LockedOrder | undefined> {
  const order: AmazonOrderRow | undefined = await lockAmazonOrder(trx, amazonOrderId).first();
  if (!order) return undefined;
  const commerce: { increment_id: string; units_shipped: number } | undefined = await trx(
    'sales_orders as so',
  )
    .where('so.amazon_order_id', order.id)
    .first(
      'so.increment_id',
      trx.raw(
        '(select coalesce(sum(i.qty_shipped), 0)::integer from sales_order_items i where i.order_id = so.id) as units_shipped',
      ),
    );
  return {
    ...(order as LockedOrder),
    commerce_increment_id: commerce?.increment_id ?? null,
    commerce_units_shipped: commerce?.units_shipped ?? null,
  };
}

/** The rules, each refusal saying why (409). */
function assertCancellable(order: LockedOrder): void {
  const id = order.amazon_order_id;
  if (order.status === 'Canceled' || order.canceled_at)
    throw new ConflictError(`Amazon order ${id} is already Canceled; there is nothing left to cancel.`);
  if (order.cancellation_state === 'requested')
    throw new ConflictError(
      `A cancellation of Amazon order ${id} is already waiting for Amazon's answer; it cannot be requested twice.`,
    );
  if (order.status === 'Pending')
    throw new ConflictError(
      `Amazon order ${id} is Pending: Amazon has not confirmed payment yet. Only Unshipped orders can be canceled here.`,
    );
  if (order.status === 'PartiallyShipped' || order.status === 'Shipped')
    throw new ConflictError(
      `Amazon order ${id} is ${order.status}: units have left the warehouse. Only Unshipped orders can be canceled.`,
    );
  if (order.status !== 'Unshipped')
    throw new ConflictError(`Amazon order ${id} is ${order.status}; only Unshipped orders can be canceled.`);
  if (order.number_of_items_shipped > 0 || (order.commerce_units_shipped ?? 0) > 0)
    throw new ConflictError(
      `Amazon order ${id} has shipped units; an order with a shipment cannot be canceled, only refunded.`,
    );
}
