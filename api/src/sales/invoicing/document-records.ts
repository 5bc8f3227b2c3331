import type { Knex } from 'knex';
import { offlineRefundNotice } from './create-credit-memo.js';
import { documentItems, orderSummary } from './documents-repository.js';

type Db = Knex | Knex.Transaction;

/** An invoice as the API answers it: its amounts, lines, and the order's figures after it. */
export async function invoiceRecord(db: Db, invoiceId: number) {
  const invoice = await db('sales_invoices as i')
    .join('sales_orders as so', 'so.id', 'i.order_id')
    .where('i.id', invoiceId)
    .first(
      'i.id',
      'i.increment_id',
      'i.order_id',
      'so.increment_id as order_increment_id',
      'i.state',
      'so.currency',
      'i.subtotal',
      'i.tax_amount',
      'i.shipping_amount',
      'i.discount_amount',
      'i.grand_total',
      'i.user_id',
      'i.created_at',
    );
  const items = await documentItems(db, 'sales_invoice_items', 'invoice_id', invoiceId);
  return {
    ...invoice,
    total_qty: items.reduce((sum: number, item: { qty: number }) => sum + item.qty, 0),
    items,
    order: await orderSummary(db, invoice.order_id),
  };
}

/**
 * A credit memo as the API answers it, with `refund_notice`: the refund is offline, so it says where the
 * money goes back (Seller Central for an Amazon order).
 */
export async function creditMemoRecord(db: Db, creditMemoId: number) {
  const memo = await db('sales_credit_memos as c')
    .join('sales_orders as so', 'so.id', 'c.order_id')
    .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .where('c.id', creditMemoId)
    .first(
      'c.id',
      'c.increment_id',
      'c.order_id',
      'so.increment_id as order_increment_id',
      'ao.amazon_order_id',
      'c.state',
      'c.is_offline',
      'so.currency',
      'c.subtotal',
      'c.tax_amount',
      'c.discount_amount',
      'c.shipping_refund',
      'c.adjustment_positive as adjustment_refund',
      'c.adjustment_negative as adjustment_fee',
      'c.grand_total',
      'c.user_id',
      'c.created_at',
    );
  const items = await documentItems(db, 'sales_credit_memo_items', 'credit_memo_id', creditMemoId);
  return {
    ...memo,
    total_qty: items.reduce((sum: number, item: { qty: number }) => sum + item.qty, 0),
    items,
    refund_notice: offlineRefundNotice(memo, memo.grand_total),
    order: await orderSummary(db, memo.order_id),
  };
}
