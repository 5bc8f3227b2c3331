import type { Knex } from 'knex';
import { createOrders, type CreatedOrder, type NewOrder } from './order-creation.js';
import { addHistory, lockOrder, nextIncrementIds } from './orders-repository.js';

export type { NewOrder, NewOrderAddress, NewOrderItem } from './order-creation.js';

/** Magento_Sales: creating and changing Commerce orders, always inside the caller's transaction. */
export class SalesService {
  createOrder(trx: Knex.Transaction, input: NewOrder): Promise<CreatedOrder> {
    return createOrders(trx, [input]).then(([created]) => created!);
  }

  /** Several orders in a handful of statements (a sync page's imports); answers them in input order. */
  createOrders(trx: Knex.Transaction, inputs: readonly NewOrder[]): Promise<CreatedOrder[]> {
    return createOrders(trx, inputs);
  }

  /** Commerce order numbers for orders created later in this transaction (`NewOrder.incrementId`). */
  nextIncrementIds(trx: Knex.Transaction, count: number): Promise<string[]> {
    return nextIncrementIds(trx, count);
  }

  /**
   * Cancels what is neither shipped nor invoiced (Magento's qty_to_cancel: the lesser of what is left to
   * invoice and what is left to ship; for an order with no invoice, ordered - shipped). Invoiced units are
   * refunded first, by a credit memo (invoicing/refund-offline.ts); one that refunds everything invoiced
   * of an order with nothing else open closes it, and then there is nothing to cancel. Answers false,
   * changing nothing, when the order is already canceled, complete or closed.
   */
  async cancelOrder(
    trx: Knex.Transaction,
    orderId: number,
    comment: string,
    author: string,
    userId: number | null = null,
  ): Promise<boolean> {
    const order = await lockOrder(trx, orderId);
    if (!order || ['canceled', 'complete', 'closed'].includes(order.status)) return false;
    await trx('sales_order_items')
      .where({ order_id: orderId })
      .update({
        qty_canceled: trx.raw(
          `qty_canceled + greatest(0, least(qty_ordered - qty_invoiced - qty_canceled,
             qty_ordered - greatest(qty_shipped, qty_refunded) - qty_canceled))`,
        ),
      });
    await trx('sales_orders')
      .where({ id: orderId })
      // Magento: what was not paid is canceled.
      .update({
        status: 'canceled',
        total_canceled: trx.raw('greatest(grand_total - total_paid, 0)'),
        updated_at: trx.fn.now(),
      });
    await addHistory(trx, { orderId, status: 'canceled', comment, author, userId });
    return true;
  }
}
