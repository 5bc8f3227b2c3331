import type { Knex } from 'knex';
import { createOrders, type CreatedOrder, type NewOrder } from './order-creation.js';
import { addHistory, lockOrder } from './orders-repository.js';

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

  /**
   * Cancels what is not shipped (Magento: qty_canceled = ordered - shipped). Answers false, changing
   * nothing, when the order is already canceled, complete or closed.
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
      .update({ qty_canceled: trx.raw('qty_ordered - qty_shipped') });
    await trx('sales_orders').where({ id: orderId }).update({ status: 'canceled', updated_at: trx.fn.now() });
    await addHistory(trx, { orderId, status: 'canceled', comment, author, userId });
    return true;
  }
}
