import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { fromCents, toCents } from './money.js';
import { addHistory, findOrCreateCustomer, lockOrder } from './orders-repository.js';

export interface NewOrderItem {
  sku: string;
  name: string;
  quantity: number;
  /** Unit price, tax and discount of the whole line, as decimal strings. */
  rowPrice: string;
  rowTax: string;
  rowDiscount: string;
  amazonOrderItemId: number | null;
  /** Units already shipped when the order is created (Amazon-fulfilled orders). */
  shipped?: number;
}

export interface NewOrderAddress {
  name: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  countryId: string | null;
  telephone: string | null;
  email: string | null;
}

export interface NewOrder {
  channel: 'amazon' | 'web';
  amazonOrderRowId: number | null;
  /** null: the next Commerce number from the sequence. */
  incrementId: string | null;
  storeCode: string;
  status: CommerceOrderStatus;
  customer: { email: string | null; name: string; createAccount: boolean };
  currency: string;
  shippingAmount: string;
  shippingTax: string;
  paymentMethod: string;
  shippingMethod: string | null;
  shippingDescription: string | null;
  items: NewOrderItem[];
  shippingAddress: NewOrderAddress | null;
  comment: string;
  author: string;
}

/** Magento_Sales: creating and changing Commerce orders, always inside the caller's transaction. */
export class SalesService {
  async createOrder(
    trx: Knex.Transaction,
    input: NewOrder,
  ): Promise<{ id: number; incrementId: string; itemIds: number[] }> {
    const customerId =
      input.customer.createAccount && input.customer.email
        ? await findOrCreateCustomer(trx, input.customer.email, input.customer.name)
        : null;
    const subtotal = input.items.reduce((sum, item) => sum + toCents(item.rowPrice), 0);
    const itemTax = input.items.reduce((sum, item) => sum + toCents(item.rowTax), 0);
    const discount = input.items.reduce((sum, item) => sum + toCents(item.rowDiscount), 0);
    const shipping = toCents(input.shippingAmount);
    const tax = itemTax + toCents(input.shippingTax);
    const [order] = await trx('sales_orders')
      .insert({
        ...(input.incrementId ? { increment_id: input.incrementId } : {}),
        store_code: input.storeCode,
        status: input.status,
        channel: input.channel,
        amazon_order_id: input.amazonOrderRowId,
        customer_id: customerId,
        customer_is_guest: customerId === null,
        customer_name: input.customer.name,
        customer_email: input.customer.email,
        currency: input.currency,
        subtotal: fromCents(subtotal),
        tax_amount: fromCents(tax),
        shipping_amount: fromCents(shipping),
        discount_amount: fromCents(-discount),
        grand_total: fromCents(subtotal + tax + shipping - discount),
        payment_method: input.paymentMethod,
        shipping_method: input.shippingMethod,
        shipping_description: input.shippingDescription,
      })
      .returning(['id', 'increment_id']);
    const itemRows = await trx('sales_order_items')
      .insert(
        input.items.map((item) => ({
          order_id: order.id,
          sku: item.sku,
          name: item.name,
          qty_ordered: item.quantity,
          qty_shipped: item.shipped ?? 0,
          price: fromCents(Math.round(toCents(item.rowPrice) / item.quantity)),
          tax_amount: item.rowTax,
          discount_amount: item.rowDiscount,
          row_total: item.rowPrice,
          amazon_order_item_id: item.amazonOrderItemId,
        })),
      )
      .returning('id');
    if (input.shippingAddress) {
      const address = input.shippingAddress;
      await trx('sales_order_addresses').insert(
        (['shipping', 'billing'] as const).map((type) => ({
          order_id: order.id,
          address_type: type,
          name: address.name,
          street: address.street,
          city: address.city,
          region: address.region,
          postcode: address.postcode,
          country_id: address.countryId,
          telephone: address.telephone,
          email: address.email,
        })),
      );
    }
    await addHistory(trx, {
      orderId: order.id,
      status: input.status,
      comment: input.comment,
      author: input.author,
    });
    return {
      id: order.id,
      incrementId: order.increment_id,
      itemIds: itemRows.map((row: { id: number }) => row.id),
    };
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
