import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import { z } from 'zod';
import { AMAZON_CANCEL_REASONS } from '@orderdesk/migrations';
import { recordAudit } from '../../../audit/repository.js';
import { ORDER_PROCESSORS } from '../../../http/access.js';
import { ConflictError, NotFoundError } from '../../../http/errors.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { notifyOutbox } from '../../../outbox/outbox-jobs.js';
import { retryCommand } from '../../../outbox/outbox-repository.js';
import { amazonOrderQuery, lockAmazonOrder } from '../orders/repository.js';
import { CANCEL_ORDER_COMMAND, requestCancellation } from './cancel-request.js';

export const cancelBody = z.strictObject({
  reason: z.enum(AMAZON_CANCEL_REASONS, {
    error: `reason must be one of Amazon's cancel reasons: ${AMAZON_CANCEL_REASONS.join(', ')}`,
  }),
});

/** Staff cancel Unshipped Amazon orders (the cancellation reaches Amazon by feed, through the outbox). */
export function cancelRoutes(knex: Knex, boss: PgBoss): RouteDefinition[] {
  const orderRecord = (amazonOrderId: string) =>
    amazonOrderQuery(knex).where('o.amazon_order_id', amazonOrderId).orderBy('o.id').first();
  return [
    {
      method: 'post',
      path: '/api/amazon-orders/:id/cancel',
      access: ORDER_PROCESSORS,
      summary:
        "Cancel an Unshipped Amazon order with one of Amazon's reasons (202: requested; Amazon answers later)",
      body: cancelBody,
      handler: async (req, res) => {
        const amazonOrderId = String(req.params.id);
        const { reason } = req.body as z.infer<typeof cancelBody>;
        const outboxId = await requestCancellation(knex, amazonOrderId, reason, req.user!);
        await notifyOutbox(boss, outboxId);
        res.status(202).json(await orderRecord(amazonOrderId));
      },
    },
    {
      method: 'post',
      path: '/api/amazon-orders/:id/cancel/retry',
      access: ORDER_PROCESSORS,
      summary: 'Send a cancellation that could not reach Amazon again',
      handler: async (req, res) => {
        const amazonOrderId = String(req.params.id);
        const outboxId = await knex.transaction(async (trx) => {
          const order = await lockAmazonOrder(trx, amazonOrderId).first('id', 'cancellation_state');
          if (!order) throw new NotFoundError(`Amazon order ${amazonOrderId} was not found.`);
          const command = await trx('outbox')
            .where({
              kind: CANCEL_ORDER_COMMAND,
              aggregate_type: 'amazon_order',
              aggregate_id: String(order.id),
            })
            .orderBy('id', 'desc')
            .first('id', 'status');
          if (order.cancellation_state !== 'requested' || !command || !(await retryCommand(trx, command.id)))
            throw new ConflictError(
              `Amazon order ${amazonOrderId} has no cancellation waiting to be sent again.`,
            );
          await trx('amazon_orders').where({ id: order.id }).update({
            cancellation_error: null,
            last_action: 'Cancellation sent to Amazon again',
            updated_at: trx.fn.now(),
          });
          await recordAudit(trx, {
            user: req.user!,
            action: 'amazon-orders.cancel-retried',
            resource: 'amazon-orders',
            recordId: amazonOrderId,
            details: { outboxId: command.id },
          });
          return command.id as number;
        });
        await notifyOutbox(boss, outboxId);
        res.status(202).json(await orderRecord(amazonOrderId));
      },
    },
  ];
}
