import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import { recordAudit } from '../../../audit/repository.js';
import type { SessionUser } from '../../../auth/session-user.js';
import { ORDER_PROCESSORS } from '../../../http/access.js';
import { ConflictError, NotFoundError } from '../../../http/errors.js';
import { parseId } from '../../../http/ids.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { notifyOutbox } from '../../../outbox/outbox-jobs.js';
import { retryCommand } from '../../../outbox/outbox-repository.js';
import { addHistory, lockOrder } from '../../../sales/orders-repository.js';
import { shipmentRecord } from '../../../sales/shipping/repository.js';
import {
  addStatusHistory,
  lockAmazonOrderById,
  updateAmazonOrder,
} from '../import/amazon-order-repository.js';
import { CONFIRM_SHIPMENT_COMMAND } from './confirm-shipment-command.js';

/** Retry on a shipment whose tracking never reached Amazon (its confirmShipment command gave up). */
export function shipmentConfirmationRetryRoutes(knex: Knex, boss: PgBoss): RouteDefinition[] {
  return [
    {
      method: 'post',
      path: '/api/orders/:id/shipments/:shipmentId/confirmation/retry',
      access: ORDER_PROCESSORS,
      summary:
        "Send a shipment's tracking to Amazon again after its confirmation failed; 202 with the shipment",
      handler: async (req, res) => {
        const orderId = parseId(req.params.id, 'order');
        const shipmentId = parseId(req.params.shipmentId, 'shipment');
        const outboxId = await knex.transaction((trx) =>
          retryConfirmation(trx, orderId, shipmentId, req.user!),
        );
        // Committed: a job not handed out now is handed out by the outbox's tick.
        await notifyOutbox(boss, outboxId).catch((error: unknown) =>
          req.log.warn({ err: error, outboxId }, 'could not hand out the shipment confirmation now'),
        );
        res.status(202).json(await shipmentRecord(knex, shipmentId));
      },
    },
  ];
}

/**
 * Under the Amazon order's lock, then the Commerce order's (the order a shipment takes them in): the
 * command gets a fresh set of attempts, with history on both orders and an audit row. 409 when there is
 * nothing to send again (confirmed already, or still being tried).
 */
async function retryConfirmation(
  trx: Knex.Transaction,
  orderId: number,
  shipmentId: number,
  user: SessionUser,
): Promise<number> {
  const ref = await trx('sales_orders').where({ id: orderId }).first('id', 'amazon_order_id');
  if (!ref) throw new NotFoundError(`No order ${orderId}.`);
  const amazonOrder =
    ref.amazon_order_id === null ? undefined : await lockAmazonOrderById(trx, ref.amazon_order_id);
  const order = (await lockOrder(trx, orderId))!;
  const shipment = await trx('sales_shipments')
    .where({ id: shipmentId, order_id: orderId })
    .first('id', 'increment_id');
  if (!shipment) throw new NotFoundError(`Order #${order.increment_id} has no shipment ${shipmentId}.`);
  const what = `shipment #${shipment.increment_id}`;
  if (!amazonOrder)
    throw new ConflictError(
      `Order #${order.increment_id} is not an Amazon order: no tracking goes to Amazon.`,
    );
  const command = await trx('outbox')
    .where({ idempotency_key: `${CONFIRM_SHIPMENT_COMMAND}:${shipmentId}` })
    .first('id', 'status');
  if (!command || command.status !== 'dead' || !(await retryCommand(trx, command.id)))
    throw new ConflictError(
      `The tracking of ${what} is not waiting to be sent again: ` +
        (command?.status === 'succeeded'
          ? 'Amazon already has it.'
          : 'it is still being sent; only a confirmation that failed can be retried.'),
    );
  const text = `Tracking of ${what} sent to Amazon again by ${user.username}.`;
  await updateAmazonOrder(trx, amazonOrder.id, { last_action: text });
  await addStatusHistory(trx, {
    orderId: amazonOrder.id,
    status: amazonOrder.status,
    source: 'staff',
    comment: text,
    userId: user.id,
  });
  await addHistory(trx, {
    orderId,
    status: order.status,
    comment: text,
    author: user.username,
    userId: user.id,
  });
  await recordAudit(trx, {
    user,
    action: 'orders.shipment-confirmation-retried',
    resource: 'orders',
    recordId: orderId,
    details: { shipmentId, outboxId: command.id, amazonOrderId: amazonOrder.amazon_order_id },
  });
  return command.id as number;
}
