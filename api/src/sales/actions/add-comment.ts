import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { recordAudit } from '../../audit/repository.js';
import type { SessionUser } from '../../auth/session-user.js';
import { NotFoundError } from '../../http/errors.js';
import { addHistory, lockOrder } from '../orders-repository.js';
import type { Mailer } from './mailer.js';
import type { CommentInput } from './schemas.js';

/** A Comments History entry as the API answers it. */
export interface HistoryRecord {
  id: number;
  order_id: number;
  created_at: Date;
  status: string | null;
  comment: string | null;
  is_customer_notified: boolean;
  author: string | null;
}

interface CommentedOrder {
  id: number;
  increment_id: string;
  customer_email: string | null;
  customer_name: string | null;
}

/**
 * Magento's order comment: a Comments History entry (at the order's current status) and an audit row, in
 * one transaction under the order's lock. With `notify`, the buyer is e-mailed once that has committed;
 * the e-mail kept in outbound_emails. A failed e-mail is logged and noted in the history (the entry is then
 * marked not notified), never an error for the caller. Answers the entry.
 */
export async function addOrderComment(
  knex: Knex,
  mailer: Mailer,
  log: Pick<Logger, 'warn'>,
  orderId: number,
  input: CommentInput,
  user: SessionUser,
): Promise<HistoryRecord> {
  const { entryId, order } = await knex.transaction(async (trx) => {
    const locked = await lockOrder(trx, orderId);
    if (!locked) throw new NotFoundError(`No order ${orderId}.`);
    const [entry] = await trx('sales_order_status_history')
      .insert({
        order_id: orderId,
        status: locked.status,
        comment: input.comment,
        is_customer_notified: input.notify,
        author: user.username,
        user_id: user.id,
      })
      .returning('id');
    await recordAudit(trx, {
      user,
      action: 'orders.comment',
      resource: 'orders',
      recordId: orderId,
      details: { historyId: entry.id, notify: input.notify },
    });
    const order: CommentedOrder = await trx('sales_orders')
      .where({ id: orderId })
      .first('id', 'increment_id', 'customer_email', 'customer_name');
    return { entryId: entry.id as number, order };
  });
  if (input.notify) await notifyBuyer(knex, mailer, log, order, entryId, input.comment, user);
  return knex('sales_order_status_history')
    .where({ id: entryId })
    .first('id', 'order_id', 'created_at', 'status', 'comment', 'is_customer_notified', 'author');
}

/** The e-mail to the buyer, after the comment is committed. */
async function notifyBuyer(
  knex: Knex,
  mailer: Mailer,
  log: Pick<Logger, 'warn'>,
  order: CommentedOrder,
  entryId: number,
  comment: string,
  user: SessionUser,
): Promise<void> {
  const email = {
    to: order.customer_email ?? '',
    subject: `Update to your order #${order.increment_id}`,
    text: `${order.customer_name ? `Dear ${order.customer_name},` : 'Hello,'}\n\n${comment}\n\nOrder #${order.increment_id}\n`,
  };
  try {
    if (!order.customer_email) throw new Error('the order has no buyer e-mail address');
    await mailer(email);
    await knex('outbound_emails').insert({
      order_id: order.id,
      to: email.to,
      subject: email.subject,
      body: email.text,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn(
      { err: error, orderId: order.id, historyId: entryId },
      'could not e-mail the buyer an order comment',
    );
    await knex
      .transaction(async (trx) => {
        const locked = await lockOrder(trx, order.id);
        await trx('sales_order_status_history')
          .where({ id: entryId })
          .update({ is_customer_notified: false });
        await addHistory(trx, {
          orderId: order.id,
          status: locked!.status,
          comment: `The e-mail to the buyer could not be sent: ${reason}`,
          author: user.username,
          userId: user.id,
        });
      })
      .catch((noteError: unknown) =>
        log.warn({ err: noteError, orderId: order.id }, 'could not note the failed e-mail in the history'),
      );
  }
}
