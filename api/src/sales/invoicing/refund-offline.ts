import type { Knex } from 'knex';
import { createForcedCreditMemo } from './create-credit-memo.js';

/**
 * Magento cannot cancel what is invoiced. When Amazon cancels an order, whatever was invoiced and not yet
 * refunded first gets an offline credit memo (all such units and shipping, within what was paid), in the
 * caller's transaction; the caller then cancels what is left. Refunding everything invoiced of an order
 * with nothing else open closes it (Magento's Closed), so the caller's cancel may find nothing to do.
 * Answers the credit memo's id, or null when nothing was invoiced and unrefunded (or the order is already
 * canceled or closed). No stock moves here: the cancellation releases the reservation.
 */
export function refundInvoicedOffline(
  trx: Knex.Transaction,
  orderId: number,
  comment: string,
  author = 'Amazon sync',
): Promise<number | null> {
  return createForcedCreditMemo(
    trx,
    orderId,
    { user: null, author },
    `${comment} Amazon does not charge the buyer for a canceled order: nothing to refund in Seller Central.`,
  );
}
