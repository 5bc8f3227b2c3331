import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { recordAudit } from '../../audit/repository.js';
import type { SessionUser } from '../../auth/session-user.js';
import { ConflictError, NotFoundError } from '../../http/errors.js';
import { addHistory, lockOrder } from '../orders-repository.js';

/** Magento's canHold: only a new (pending) or processing order can be put on hold. */
const HOLDABLE: ReadonlySet<CommerceOrderStatus> = new Set(['pending', 'processing']);

/**
 * Magento's hold: under the order's lock, a pending or processing order becomes holded and remembers the
 * status to return to (hold_before_status), with history and audit. A refusal is a 409 saying why.
 */
export async function holdOrder(trx: Knex.Transaction, orderId: number, user: SessionUser): Promise<void> {
  const order = await lockOrder(trx, orderId);
  if (!order) throw new NotFoundError(`No order ${orderId}.`);
  const number = `Order #${order.increment_id}`;
  if (order.status === 'holded') throw new ConflictError(`${number} is already on hold.`);
  if (!HOLDABLE.has(order.status))
    throw new ConflictError(
      `${number} is ${order.status}: only pending or processing orders can be put on hold.`,
    );
  await trx('sales_orders')
    .where({ id: orderId })
    .update({ status: 'holded', hold_before_status: order.status, updated_at: trx.fn.now() });
  await addHistory(trx, {
    orderId,
    status: 'holded',
    comment: `Order put on hold (was ${order.status}).`,
    author: user.username,
    userId: user.id,
  });
  await recordAudit(trx, {
    user,
    action: 'orders.hold',
    resource: 'orders',
    recordId: orderId,
    details: { from: order.status },
  });
}

/**
 * Magento's unhold: only a held order, back to the status it had before the hold (processing when that
 * was not recorded, as for an order held before hold_before_status was kept), with history and audit.
 */
export async function unholdOrder(trx: Knex.Transaction, orderId: number, user: SessionUser): Promise<void> {
  const order = await lockOrder(trx, orderId);
  if (!order) throw new NotFoundError(`No order ${orderId}.`);
  if (order.status !== 'holded')
    throw new ConflictError(
      `Order #${order.increment_id} is ${order.status}, not on hold: there is no hold to release.`,
    );
  const row: { hold_before_status: CommerceOrderStatus | null } = await trx('sales_orders')
    .where({ id: orderId })
    .first('hold_before_status');
  const status: CommerceOrderStatus = row.hold_before_status ?? 'processing';
  await trx('sales_orders')
    .where({ id: orderId })
    .update({ status, hold_before_status: null, updated_at: trx.fn.now() });
  await addHistory(trx, {
    orderId,
    status,
    comment: `Hold released; the order is ${status} again.`,
    author: user.username,
    userId: user.id,
  });
  await recordAudit(trx, {
    user,
    action: 'orders.unhold',
    resource: 'orders',
    recordId: orderId,
    details: { to: status },
  });
}
