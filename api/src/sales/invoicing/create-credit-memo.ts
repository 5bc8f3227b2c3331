import type { Knex } from 'knex';
import { NotFoundError } from '../../http/errors.js';
import { ledgerKeysOfLine } from '../../inventory/ledger-repository.js';
import { InventoryService } from '../../inventory/service.js';
import { creditMemoPlan } from './credit-memo-plan.js';
import { lockOrderForDocument, type DocumentOrder } from './documents-repository.js';
import { recordDocument, unitsOf, type DocumentActor } from './record-document.js';
import type { CreditMemoBody } from './schemas.js';

/**
 * Magento's offline credit memo: locks the order and refunds invoiced units not yet refunded (amounts pro
 * rata from the order lines), the invoiced shipping not yet refunded (all of it unless told) and the
 * adjustments; moves qty_refunded, total_refunded and the status (closed once everything invoiced is
 * refunded and nothing is left open), with history and audit, in the caller's transaction; a closed order's
 * stock still reserved is released. No money moves here: an Amazon order is refunded in Seller Central.
 * Answers the credit memo's id.
 */
export async function createCreditMemo(
  trx: Knex.Transaction,
  orderId: number,
  body: CreditMemoBody,
  actor: DocumentActor,
): Promise<number> {
  // Unforced, the plan refuses (409) rather than answering null.
  return (await writeCreditMemo(trx, orderId, body, actor))!;
}

/**
 * The order is going away on Amazon's side (refund-offline.ts): refund in any state but canceled or
 * closed, within what was paid; null when there is nothing to refund. `reason` goes to the history.
 */
export function createForcedCreditMemo(
  trx: Knex.Transaction,
  orderId: number,
  actor: DocumentActor,
  reason: string,
): Promise<number | null> {
  return writeCreditMemo(trx, orderId, {}, actor, reason);
}

async function writeCreditMemo(
  trx: Knex.Transaction,
  orderId: number,
  body: CreditMemoBody,
  actor: DocumentActor,
  forcedReason?: string,
): Promise<number | null> {
  const locked = await lockOrderForDocument(trx, orderId);
  if (!locked) throw new NotFoundError(`No order ${orderId}.`);
  const { order, lines } = locked;
  const plan = creditMemoPlan(order, lines, body, forcedReason !== undefined);
  if (!plan) return null;
  const [memo] = await trx('sales_credit_memos')
    .insert({
      order_id: order.id,
      state: 'refunded',
      is_offline: true,
      ...plan.amounts,
      user_id: actor.user?.id ?? null,
    })
    .returning(['id', 'increment_id']);
  // A shipping or adjustment refund alone has no lines.
  if (plan.items.length > 0)
    await trx('sales_credit_memo_items').insert(
      // Financial only: unshipped stock comes back with a cancellation, or below once the order is closed.
      plan.items.map((item) => ({ ...item, credit_memo_id: memo.id, back_to_stock: false })),
    );
  const total = plan.amounts.grand_total;
  const notice = forcedReason ?? offlineRefundNotice(order, total);
  const status = await recordDocument(
    trx,
    order,
    lines,
    {
      counter: 'qty_refunded',
      items: plan.items,
      shippingLeft: plan.shippingLeft,
      add: { total_refunded: total },
      comment:
        `Credit memo #${memo.increment_id} refunded offline: ${unitsOf(plan.items)}, ${total} ${order.currency}. ` +
        notice +
        (body.comment ? ` ${body.comment}` : ''),
      audit: {
        action: 'orders.credit-memo-created',
        details: {
          creditMemoId: memo.id,
          incrementId: memo.increment_id,
          offline: true,
          ...plan.amounts,
          ...(forcedReason ? { reason: forcedReason } : {}),
        },
      },
    },
    actor,
  );
  if (status === 'closed') await releaseClosedOrderStock(trx, order.id, memo.id as number);
  return memo.id as number;
}

const inventory = new InventoryService();

/**
 * A closed order ships nothing more, so what is still reserved for it (units refunded before they were
 * shipped) goes back to the salable stock, once. Without this a web order refunded before shipping kept
 * its stock reserved for ever: a closed order cannot be canceled, and cancelling is what releases.
 */
async function releaseClosedOrderStock(trx: Knex.Transaction, orderId: number, creditMemoId: number) {
  const lines: { id: number; amazon_order_item_id: number | null }[] = await trx('sales_order_items')
    .where({ order_id: orderId })
    .select('id', 'amazon_order_item_id');
  await inventory.releaseOutstanding(trx, lines.flatMap(ledgerKeysOfLine), 'credit_memo', {
    orderId,
    creditMemoId,
  });
}

/** What staff are told about an offline refund: where the money actually goes back. */
export function offlineRefundNotice(
  order: Pick<DocumentOrder, 'amazon_order_id' | 'currency'>,
  grandTotal: string,
): string {
  return order.amazon_order_id
    ? `Refunded offline: Order Desk does not move money for Amazon orders; also issue the refund of ` +
        `${grandTotal} ${order.currency} for Amazon order ${order.amazon_order_id} in Seller Central.`
    : `Refunded offline: return ${grandTotal} ${order.currency} to the customer outside Order Desk.`;
}
