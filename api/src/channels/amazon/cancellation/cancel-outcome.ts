import type { Knex } from 'knex';
import { recordAudit } from '../../../audit/repository.js';
import { orderOfAmazonOrder } from '../../../sales/orders-repository.js';
import { completeCommand } from '../../../outbox/outbox-repository.js';
import {
  addStatusHistory,
  itemsOf,
  lockAmazonOrderById,
  updateAmazonOrder,
} from '../import/amazon-order-repository.js';
import type { ImportServices } from '../import/import-actions.js';
import { applyAmazonCancellation } from './amazon-side-cancel.js';
import type { CancellationOutcome, CancellationRefused } from './feed-outcome.js';

/** What Amazon decided; `accepted-earlier`: refused because an earlier feed of ours already canceled it. */
export type AmazonAnswer =
  CancellationOutcome | (Omit<CancellationRefused, 'outcome'> & { outcome: 'accepted-earlier' });

/**
 * Amazon's answer to a staff cancellation, applied in one transaction under the order's lock, with the
 * outbox command marked done in the same commit. Accepted: the Commerce order is canceled and the stock
 * released (once: an order a sync already saw Canceled changes nothing). Refused: the order says why and
 * nothing else changes.
 */
export async function applyCancellationOutcome(
  knex: Knex,
  services: ImportServices,
  command: { id: number; orderRowId: number },
  outcome: AmazonAnswer,
): Promise<void> {
  await knex.transaction(async (trx) => {
    const order = await lockAmazonOrderById(trx, command.orderRowId);
    if (order && (outcome.outcome === 'accepted' || outcome.outcome === 'accepted-earlier')) {
      const items = await itemsOf(trx, order.id);
      const commerce = await orderOfAmazonOrder(trx, order.id);
      if (!(await applyAmazonCancellation(trx, services, order, items, commerce, 'staff')))
        await updateAmazonOrder(trx, order.id, { cancellation_state: 'confirmed', cancellation_error: null });
    } else if (order && outcome.outcome === 'refused' && order.cancellation_state === 'requested') {
      await refuse(
        trx,
        order.id,
        order.amazon_order_id,
        order.status,
        `Amazon refused the cancellation: ${outcome.message}`,
      );
    }
    await completeCommand(trx, command.id, summaryOf(outcome));
  });
}

/** A pending cancellation that will not happen: state refused with the reason, the rest unchanged. */
export async function refuse(
  trx: Knex.Transaction,
  orderRowId: number,
  amazonOrderId: string,
  status: Parameters<typeof addStatusHistory>[1]['status'],
  message: string,
): Promise<void> {
  await updateAmazonOrder(trx, orderRowId, {
    cancellation_state: 'refused',
    cancellation_error: message,
    last_action: message,
  });
  await addStatusHistory(trx, {
    orderId: orderRowId,
    status,
    source: 'amazon',
    comment: message,
    cancellationState: 'refused',
  });
  await recordAudit(trx, {
    user: null,
    action: 'amazon-orders.cancel-refused',
    resource: 'amazon-orders',
    recordId: amazonOrderId,
    details: { message },
  });
}

function summaryOf(outcome: AmazonAnswer) {
  return outcome.outcome === 'accepted'
    ? { outcome: 'accepted', feedId: outcome.feedId, warnings: outcome.warnings }
    : {
        outcome: outcome.outcome,
        feedId: outcome.feedId,
        message: outcome.message,
        code: outcome.resultMessageCode,
      };
}
