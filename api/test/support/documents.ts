import { fromCents, toCents } from '../../src/sales/money.js';
import { reservedFor as reservedForOrder } from './order-ledger.js';
import type { SandboxedServer } from './sandboxed-server.js';
import { syncOnce } from './sync-helpers.js';

export interface DocumentItem {
  order_item_id: number;
  qty: number;
  price: string;
  tax_amount: string;
  discount_amount: string;
  row_total: string;
}
export interface Invoice {
  id: number;
  increment_id: string;
  order_id: number;
  state: string;
  subtotal: string;
  tax_amount: string;
  shipping_amount: string;
  discount_amount: string;
  grand_total: string;
  total_qty: number;
  items: DocumentItem[];
  order: { status: string; total_invoiced: string; total_paid: string; total_refunded: string };
}
export interface CreditMemo extends Omit<Invoice, 'shipping_amount'> {
  is_offline: boolean;
  amazon_order_id: string | null;
  shipping_refund: string;
  adjustment_refund: string;
  adjustment_fee: string;
  refund_notice: string;
}
export interface ErrorBody {
  message: string;
  code: string;
  details?: { field?: string } & Record<string, unknown>;
}

/** What the invoice, credit memo and invoiced-cancel tests share: imported orders and the two document routes. */
export function documentHelpers(ctx: SandboxedServer) {
  const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);

  /** An Unshipped seller-fulfilled Amazon order, imported as a Commerce order. */
  async function importedOrder(
    skus = ['OD-HOM-001'],
    quantity = 3,
  ): Promise<{ amazonId: string; orderId: number }> {
    const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 1,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      skus,
      quantity,
      age_seconds: 300,
      brief: true,
    });
    await sync();
    const amazonId = order_ids[0]!;
    const row = await ctx.server
      .knex('sales_orders as so')
      .join('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
      .where('ao.amazon_order_id', amazonId)
      .first('so.id');
    if (!row) throw new Error(`Amazon order ${amazonId} was not imported`);
    return { amazonId, orderId: row.id as number };
  }
  /** Shipping of 5.99 with 0.49 of tax, whatever the ctx.sandbox drew, so that shipping's path is always taken. */
  async function chargeShipping(orderId: number): Promise<void> {
    const itemTax = cents((await lines(orderId)).map((line) => line.tax_amount as string));
    const order = await commerce(orderId);
    const tax = itemTax + 49;
    await ctx.server
      .knex('sales_orders')
      .where({ id: orderId })
      .update({
        shipping_amount: '5.99',
        tax_amount: fromCents(tax),
        grand_total: fromCents(toCents(order.subtotal) + toCents(order.discount_amount) + tax + 599),
      });
  }
  const commerce = (orderId: number) => ctx.server.knex('sales_orders').where({ id: orderId }).first();
  const lines = (orderId: number) =>
    ctx.server.knex('sales_order_items').where({ order_id: orderId }).orderBy('id');
  const history = (orderId: number) =>
    ctx.server.knex('sales_order_status_history').where({ order_id: orderId }).orderBy('id');
  const invoice = (orderId: number, body: unknown = {}, client = ctx.fulfillment) =>
    client.post<Invoice & ErrorBody>(`/api/orders/${orderId}/invoices`, body);
  const creditMemo = (orderId: number, body: unknown = {}, client = ctx.fulfillment) =>
    client.post<CreditMemo & ErrorBody>(`/api/orders/${orderId}/credit-memos`, body);
  const cents = (amounts: string[]) => amounts.reduce((sum, amount) => sum + toCents(amount), 0);
  const cancelOnAmazon = (id: string, by: string) =>
    ctx.sandbox.control(`/_sandbox/orders/${id}/status`, { status: 'Canceled', by, age_seconds: 150 });
  const reservedFor = (amazonId: string) => reservedForOrder(ctx.server.knex, amazonId);

  return {
    sync,
    importedOrder,
    chargeShipping,
    commerce,
    lines,
    history,
    invoice,
    creditMemo,
    cents,
    cancelOnAmazon,
    reservedFor,
  };
}
