import type { Knex } from 'knex';
import { bulkInsert } from '../db/bulk-insert.js';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { fromCents, toCents } from './money.js';
import { addHistories, findOrCreateCustomers } from './orders-repository.js';

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

export interface CreatedOrder {
  id: number;
  incrementId: string;
  itemIds: number[];
}

/**
 * Creates Commerce orders with their items, addresses and first history entry: one statement per table
 * whatever the number of orders. Answers them in input order.
 */
export async function createOrders(
  trx: Knex.Transaction,
  inputs: readonly NewOrder[],
): Promise<CreatedOrder[]> {
  if (inputs.length === 0) return [];
  const customerIds = await findOrCreateCustomers(
    trx,
    inputs.flatMap(({ customer }) =>
      customer.createAccount && customer.email ? [{ email: customer.email, name: customer.name }] : [],
    ),
  );
  const customerOf = (input: NewOrder) =>
    input.customer.createAccount && input.customer.email
      ? (customerIds.get(input.customer.email.toLowerCase()) ?? null)
      : null;
  const orders = await bulkInsert<{ id: number; increment_id: string }>(trx, {
    table: 'sales_orders',
    rows: inputs.map((input) => orderRow(input, customerOf(input))),
    returning: ['id', 'increment_id'],
  });
  // INSERT ... SELECT FROM unnest(...) RETURNING answers rows in the arrays' order.
  const itemRows = await bulkInsert<{ id: number; order_id: number }>(trx, {
    table: 'sales_order_items',
    rows: inputs.flatMap((input, index) => input.items.map((item) => itemRow(orders[index]!.id, item))),
    returning: ['id', 'order_id'],
  });
  const addresses = inputs.flatMap((input, index) =>
    input.shippingAddress ? addressRows(orders[index]!.id, input.shippingAddress) : [],
  );
  await bulkInsert(trx, { table: 'sales_order_addresses', rows: addresses });
  await addHistories(
    trx,
    inputs.map((input, index) => ({
      orderId: orders[index]!.id,
      status: input.status,
      comment: input.comment,
      author: input.author,
    })),
  );
  return orders.map((order) => ({
    id: order.id,
    incrementId: order.increment_id,
    itemIds: itemRows.filter((row) => row.order_id === order.id).map((row) => row.id),
  }));
}

function orderRow(input: NewOrder, customerId: number | null) {
  const subtotal = input.items.reduce((sum, item) => sum + toCents(item.rowPrice), 0);
  const itemTax = input.items.reduce((sum, item) => sum + toCents(item.rowTax), 0);
  const discount = input.items.reduce((sum, item) => sum + toCents(item.rowDiscount), 0);
  const shipping = toCents(input.shippingAmount);
  const tax = itemTax + toCents(input.shippingTax);
  return {
    // Without one, the sequence's next Commerce number (undefined takes the column's default).
    increment_id: input.incrementId ?? undefined,
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
  };
}

function itemRow(orderId: number, item: NewOrderItem) {
  return {
    order_id: orderId,
    sku: item.sku,
    name: item.name,
    qty_ordered: item.quantity,
    qty_shipped: item.shipped ?? 0,
    price: fromCents(Math.round(toCents(item.rowPrice) / item.quantity)),
    tax_amount: item.rowTax,
    discount_amount: item.rowDiscount,
    row_total: item.rowPrice,
    amazon_order_item_id: item.amazonOrderItemId,
  };
}

function addressRows(orderId: number, address: NewOrderAddress) {
  return (['shipping', 'billing'] as const).map((type) => ({
    order_id: orderId,
    address_type: type,
    ...addressColumns(address),
    email: address.email,
  }));
}

/** An address's columns in sales_order_addresses, but for the e-mail. */
export function addressColumns(address: Omit<NewOrderAddress, 'email'>) {
  return {
    name: address.name,
    street: address.street,
    city: address.city,
    region: address.region,
    postcode: address.postcode,
    country_id: address.countryId,
    telephone: address.telephone,
  };
}
