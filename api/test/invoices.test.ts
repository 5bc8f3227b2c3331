import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from '../src/sales/money.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { syncOnce } from './support/sync-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();

interface DocumentItem {
  order_item_id: number;
  qty: number;
  price: string;
  tax_amount: string;
  discount_amount: string;
  row_total: string;
}
interface Invoice {
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
interface CreditMemo extends Omit<Invoice, 'shipping_amount'> {
  is_offline: boolean;
  amazon_order_id: string | null;
  shipping_refund: string;
  adjustment_refund: string;
  adjustment_fee: string;
  refund_notice: string;
}
interface ErrorBody {
  message: string;
  code: string;
  details?: { field?: string } & Record<string, unknown>;
}

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
async function reservedFor(amazonId: string): Promise<number> {
  const row = await ctx.server
    .knex('inventory_reservations as r')
    .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
    .join('amazon_orders as o', 'o.id', 'i.order_id')
    .where('o.amazon_order_id', amazonId)
    .first(ctx.server.knex.raw('coalesce(-sum(r.quantity), 0)::integer as units'));
  return row.units as number;
}

describe('POST /api/orders/:id/invoices', () => {
  it('invoices everything not yet invoiced: the order amounts, paid, with history and audit', async () => {
    const { orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    const order = await commerce(orderId);
    const before = await lines(orderId);

    const res = await invoice(orderId);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      order_id: orderId,
      state: 'paid',
      subtotal: order.subtotal,
      tax_amount: order.tax_amount,
      shipping_amount: order.shipping_amount,
      discount_amount: order.discount_amount,
      grand_total: order.grand_total,
      total_qty: 6,
      order: { status: 'processing', total_invoiced: order.grand_total, total_paid: order.grand_total },
    });
    expect(res.body.items).toEqual(
      before.map((line) =>
        expect.objectContaining({
          order_item_id: line.id,
          qty: 3,
          price: line.price,
          tax_amount: line.tax_amount,
          row_total: line.row_total,
        }),
      ),
    );
    expect((await lines(orderId)).map((line) => line.qty_invoiced)).toEqual([3, 3]);
    const last = (await history(orderId)).at(-1);
    expect(last).toMatchObject({ status: 'processing' });
    expect(last.comment).toContain(`Invoice #${res.body.increment_id} created: 6 units`);
    const audit = await ctx.server
      .knex('audit_log')
      .where({ action: 'orders.invoice-created', record_id: String(orderId) });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'fulfillment' });

    const again = await invoice(orderId);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/nothing left to invoice/);
  });

  it('invoices part of an order: pro rata amounts, shipping on the first invoice, no more than is left', async () => {
    const { orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    await chargeShipping(orderId);
    const order = await commerce(orderId);
    const [a, b] = await lines(orderId);

    const first = await invoice(orderId, { items: [{ order_item_id: a.id, qty: 1 }] });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ shipping_amount: '5.99', total_qty: 1 });
    expect(toCents(first.body.tax_amount)).toBe(Math.round(toCents(a.tax_amount) / 3) + 49);
    expect(first.body.items).toEqual([
      expect.objectContaining({
        order_item_id: a.id,
        qty: 1,
        row_total: fromCents(Math.round(toCents(a.row_total) / 3)),
      }),
    ]);
    expect(first.body.order).toMatchObject({ status: 'processing', total_invoiced: first.body.grand_total });

    const over = await invoice(orderId, { items: [{ order_item_id: a.id, qty: 3 }] });
    expect(over.status).toBe(409);
    expect(over.body.message).toMatch(/Only 2 of OD-HOM-001 can still be invoiced/);
    expect(over.body.details).toMatchObject({ field: 'items.0.qty', available: 2 });

    const rest = await invoice(orderId, {
      items: [
        { order_item_id: b.id, qty: 3 },
        { order_item_id: a.id, qty: 2 },
      ],
    });
    expect(rest.status).toBe(201);
    expect(rest.body.shipping_amount).toBe('0.00');
    const both = [first.body, rest.body];
    expect(cents(both.map((doc) => doc.grand_total))).toBe(toCents(order.grand_total));
    expect(cents(both.map((doc) => doc.tax_amount))).toBe(toCents(order.tax_amount));
    const rowsOfA = both.flatMap((doc) => doc.items.filter((item) => item.order_item_id === a.id));
    expect(cents(rowsOfA.map((item) => item.row_total))).toBe(toCents(a.row_total));
    expect(rest.body.order).toMatchObject({
      total_invoiced: order.grand_total,
      total_paid: order.grand_total,
    });

    expect((await invoice(orderId)).body.message).toMatch(/nothing left to invoice/);
    expect(await ctx.server.knex('sales_invoices').where({ order_id: orderId })).toHaveLength(2);
  });

  it('refuses a canceled or held order (409) and names the state', async () => {
    const { amazonId, orderId } = await importedOrder();
    await cancelOnAmazon(amazonId, 'buyer');
    await sync();
    const canceled = await invoice(orderId);
    expect(canceled.status).toBe(409);
    expect(canceled.body).toMatchObject({ code: 'conflict' });
    expect(canceled.body.message).toMatch(/is canceled: it cannot be invoiced/);

    const held = await importedOrder();
    await ctx.server.knex('sales_orders').where({ id: held.orderId }).update({ status: 'holded' });
    const res = await invoice(held.orderId);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/is on hold/);
    expect(await ctx.server.knex('sales_invoices').whereIn('order_id', [orderId, held.orderId])).toHaveLength(
      0,
    );
  });

  it('answers 400 for a bad body or id, 403 to support, 404 for an unknown order, 415 without JSON', async () => {
    const { orderId } = await importedOrder();
    const [a] = await lines(orderId);
    for (const body of [
      { items: 'all' },
      { items: [] },
      { items: [{ order_item_id: a.id, qty: -1 }] },
      { items: [{ order_item_id: a.id, qty: 1.5 }] },
      { items: [{ order_item_id: a.id }] },
      { items: [{ order_item_id: a.id, qty: 1, extra: true }] },
      { items: [{ order_item_id: 'one', qty: 1 }] },
      {
        items: [
          { order_item_id: a.id, qty: 1 },
          { order_item_id: a.id, qty: 1 },
        ],
      },
      { everything: true },
    ]) {
      const res = await invoice(orderId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const foreign = await invoice(orderId, { items: [{ order_item_id: 2_147_483_647, qty: 1 }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details).toMatchObject({ field: 'items.0.order_item_id' });
    expect((await ctx.fulfillment.post('/api/orders/abc/invoices', {})).status).toBe(400);
    const notJson = await ctx.fulfillment.raw('POST', `/api/orders/${orderId}/invoices`, { body: 'x' });
    expect(notJson.status).toBe(415);

    const support = await ctx.server.loginAs('support');
    expect((await invoice(orderId, {}, support)).status).toBe(403);
    expect((await creditMemo(orderId, {}, support)).status).toBe(403);
    expect((await ctx.server.anonymous().post(`/api/orders/${orderId}/invoices`, {})).status).toBe(401);
    const unknown = await invoice(99_999_999);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    expect((await creditMemo(99_999_999)).status).toBe(404);
    expect((await lines(orderId))[0]).toMatchObject({ qty_invoiced: 0 });
  });

  it('lets admin and manager invoice too', async () => {
    const { orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    const [a, b] = await lines(orderId);
    const admin = await ctx.server.loginAs('admin');
    const manager = await ctx.server.loginAs('manager');
    expect((await invoice(orderId, { items: [{ order_item_id: a.id, qty: 3 }] }, admin)).status).toBe(201);
    expect((await invoice(orderId, { items: [{ order_item_id: b.id, qty: 3 }] }, manager)).status).toBe(201);
  });

  it('10 concurrent full invoices: exactly one is made', async () => {
    const { orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    const answers = await Promise.all(Array.from({ length: 10 }, () => invoice(orderId)));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(await ctx.server.knex('sales_invoices').where({ order_id: orderId })).toHaveLength(1);
    expect((await lines(orderId)).map((line) => line.qty_invoiced)).toEqual([3, 3]);
    const order = await commerce(orderId);
    expect(order.total_invoiced).toBe(order.grand_total);
    expect(order.total_paid).toBe(order.grand_total);
  });
});

describe('POST /api/orders/:id/credit-memos', () => {
  it('refunds only invoiced units, offline, and tells staff to refund in Seller Central', async () => {
    const { amazonId, orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    const [a, b] = await lines(orderId);
    const uninvoiced = await creditMemo(orderId);
    expect(uninvoiced.status).toBe(409);
    expect(uninvoiced.body.message).toMatch(/no invoice to refund/);

    expect((await invoice(orderId, { items: [{ order_item_id: a.id, qty: 2 }] })).status).toBe(201);
    const over = await creditMemo(orderId, { items: [{ order_item_id: a.id, qty: 3 }] });
    expect(over.status).toBe(409);
    expect(over.body.message).toMatch(/Only 2 of OD-HOM-001 can be refunded/);
    const notInvoiced = await creditMemo(orderId, { items: [{ order_item_id: b.id, qty: 1 }] });
    expect(notInvoiced.status).toBe(409);
    expect(notInvoiced.body.message).toMatch(/Only 0 of OD-KIT-001/);

    const res = await creditMemo(orderId, {
      items: [{ order_item_id: a.id, qty: 1 }],
      shipping_refund: '0.00',
    });
    expect(res.status).toBe(201);
    const share = fromCents(Math.round(toCents(a.row_total) / 3));
    expect(res.body).toMatchObject({
      order_id: orderId,
      state: 'refunded',
      is_offline: true,
      amazon_order_id: amazonId,
      subtotal: share,
      shipping_refund: '0.00',
      adjustment_refund: '0.00',
      adjustment_fee: '0.00',
      total_qty: 1,
      order: { status: 'processing', total_refunded: res.body.grand_total },
    });
    expect(res.body.refund_notice).toMatch(/Seller Central/);
    expect(res.body.refund_notice).toContain(amazonId);
    expect(res.body.items).toEqual([
      expect.objectContaining({ order_item_id: a.id, qty: 1, row_total: share }),
    ]);
    const last = (await history(orderId)).at(-1);
    expect(last.comment).toContain(`Credit memo #${res.body.increment_id} refunded offline`);
    expect(last.comment).toContain('Seller Central');
    expect((await lines(orderId)).map((line) => line.qty_refunded)).toEqual([1, 0]);
    const audit = await ctx.server
      .knex('audit_log')
      .where({ action: 'orders.credit-memo-created', record_id: String(orderId) });
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ offline: true, grand_total: res.body.grand_total });
  });

  it('validates money (400) and refuses more shipping or money than is refundable (409)', async () => {
    const { orderId } = await importedOrder();
    const [a] = await lines(orderId);
    for (const body of [
      { shipping_refund: '1.234' },
      { shipping_refund: 5 },
      { adjustment_fee: '-1.00' },
      { adjustment_refund: 'ten' },
      { adjustment_refund: '1e3' },
      { items: [{ order_item_id: a.id, qty: 1 }], refund_everything: true },
    ]) {
      const res = await creditMemo(orderId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await invoice(orderId)).status).toBe(201);
    const shipping = await creditMemo(orderId, { items: [], shipping_refund: '999999.00' });
    expect(shipping.status).toBe(409);
    expect(shipping.body.details).toMatchObject({ field: 'shipping_refund' });
    const fee = await creditMemo(orderId, {
      items: [{ order_item_id: a.id, qty: 1 }],
      shipping_refund: '0',
      adjustment_fee: '99999.00',
    });
    expect(fee.status).toBe(400);
    expect(fee.body.details).toMatchObject({ field: 'adjustment_fee' });
    const tooMuch = await creditMemo(orderId, {
      items: [],
      shipping_refund: '0',
      adjustment_refund: '99999.00',
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.message).toMatch(/most money available to refund/);
    const nothing = await creditMemo(orderId, { items: [], shipping_refund: '0' });
    expect(nothing.status).toBe(409);
    expect(nothing.body.message).toMatch(/nothing left to refund/);
    expect(await ctx.server.knex('sales_credit_memos').where({ order_id: orderId })).toHaveLength(0);
  });

  it('adds up to the invoice and closes the order once everything invoiced is refunded', async () => {
    const { orderId } = await importedOrder(['OD-HOM-001', 'OD-KIT-001']);
    await chargeShipping(orderId);
    const order = await commerce(orderId);
    const [a] = await lines(orderId);
    expect((await invoice(orderId)).status).toBe(201);
    const halfShipping = await creditMemo(orderId, { items: [], shipping_refund: '3.00' });
    expect(halfShipping.status).toBe(201);
    // Shipping tax follows the shipping refunded: 49 * 300 / 599, rounded.
    expect(halfShipping.body).toMatchObject({
      shipping_refund: '3.00',
      tax_amount: '0.25',
      grand_total: '3.25',
    });
    expect(halfShipping.body.order.status).toBe('processing');

    const first = await creditMemo(orderId, {
      items: [{ order_item_id: a.id, qty: 1 }],
      shipping_refund: '0.00',
      adjustment_fee: '0.50',
      adjustment_refund: '0.20',
    });
    expect(first.status).toBe(201);
    expect(toCents(first.body.grand_total)).toBe(
      toCents(first.body.subtotal) +
        toCents(first.body.tax_amount) +
        toCents(first.body.discount_amount) -
        30,
    );
    const rest = await creditMemo(orderId);
    expect(rest.status).toBe(201);
    expect(rest.body).toMatchObject({ shipping_refund: '2.99', total_qty: 5 });
    const memos = [halfShipping.body, first.body, rest.body];
    expect(cents(memos.map((memo) => memo.subtotal))).toBe(toCents(order.subtotal));
    expect(cents(memos.map((memo) => memo.tax_amount))).toBe(toCents(order.tax_amount));
    expect(cents(memos.map((memo) => memo.grand_total))).toBe(toCents(order.grand_total) - 30);
    expect(rest.body.order).toMatchObject({
      status: 'closed',
      total_paid: order.grand_total,
      total_refunded: fromCents(toCents(order.grand_total) - 30),
    });
    expect((await lines(orderId)).map((line) => line.qty_refunded)).toEqual([3, 3]);
    expect((await history(orderId)).at(-1)).toMatchObject({ status: 'closed' });
    expect((await creditMemo(orderId)).body.message).toMatch(/is closed: it cannot be refunded/);
    expect((await invoice(orderId)).body.message).toMatch(/is closed: it cannot be invoiced/);
  });

  it('5 concurrent full credit memos: exactly one is made', async () => {
    const { orderId } = await importedOrder();
    expect((await invoice(orderId)).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: 5 }, () => creditMemo(orderId)));
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await ctx.server.knex('sales_credit_memos').where({ order_id: orderId })).toHaveLength(1);
  });
});

describe('an invoiced order canceled on Amazon', () => {
  it('gets an offline credit memo for what was invoiced, is then closed, and its stock is released once', async () => {
    const { amazonId, orderId } = await importedOrder();
    await chargeShipping(orderId);
    expect((await invoice(orderId)).status).toBe(201);
    expect(await reservedFor(amazonId)).toBe(3);

    await cancelOnAmazon(amazonId, 'buyer');
    await sync();
    await syncOnce(ctx.server.services.sync, ctx.storeId, { fromScratch: true });

    const order = await commerce(orderId);
    expect(order).toMatchObject({ status: 'closed', total_refunded: order.total_paid });
    const memos = await ctx.server.knex('sales_credit_memos').where({ order_id: orderId });
    expect(memos).toHaveLength(1);
    expect(memos[0]).toMatchObject({
      is_offline: true,
      state: 'refunded',
      shipping_refund: '5.99',
      grand_total: order.grand_total,
    });
    expect((await lines(orderId))[0]).toMatchObject({ qty_invoiced: 3, qty_refunded: 3, qty_canceled: 0 });
    const memoEntry = (await history(orderId)).find((entry) => entry.comment.includes('Credit memo #'));
    expect(memoEntry).toMatchObject({ status: 'closed', author: 'Amazon sync' });
    expect(memoEntry.comment).toContain('Canceled on Amazon by the buyer');

    const amazon = await ctx.server.knex('amazon_orders').where({ amazon_order_id: amazonId }).first();
    expect(amazon).toMatchObject({
      status: 'Canceled',
      canceled_by: 'buyer',
      inventory_reserved: false,
      last_action: 'Canceled on Amazon by the buyer; 3 units released',
    });
    expect(await reservedFor(amazonId)).toBe(0);
    const releases = await ctx.server
      .knex('inventory_reservations as r')
      .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
      .where({ 'i.order_id': amazon.id, 'r.cause': 'order_canceled' });
    expect(releases).toHaveLength(1);
    const audit = await ctx.server
      .knex('audit_log')
      .whereIn('action', ['orders.credit-memo-created', 'amazon-orders.canceled-on-amazon'])
      .where((q) => q.where({ record_id: String(orderId) }).orWhere({ record_id: amazonId }));
    expect(audit.map((row) => row.action).sort()).toEqual([
      'amazon-orders.canceled-on-amazon',
      'orders.credit-memo-created',
    ]);
  });

  it('partly invoiced: the invoiced unit is refunded offline and the rest canceled', async () => {
    const { amazonId, orderId } = await importedOrder();
    const [a] = await lines(orderId);
    expect((await invoice(orderId, { items: [{ order_item_id: a.id, qty: 1 }] })).status).toBe(201);

    await cancelOnAmazon(amazonId, 'seller');
    await sync();

    const order = await commerce(orderId);
    expect(order.status).toBe('canceled');
    expect(order.total_refunded).toBe(order.total_paid);
    expect(order.total_canceled).toBe(fromCents(toCents(order.grand_total) - toCents(order.total_paid)));
    expect((await lines(orderId))[0]).toMatchObject({ qty_invoiced: 1, qty_refunded: 1, qty_canceled: 2 });
    const entries = await history(orderId);
    expect(entries.filter((entry) => entry.comment.includes('Credit memo #'))).toHaveLength(1);
    const canceled = entries.filter((entry) => entry.status === 'canceled');
    expect(canceled).toHaveLength(1);
    expect(canceled[0].comment).toContain('Canceled on Amazon by the seller');
    expect(await reservedFor(amazonId)).toBe(0);
  });

  it('a staff cancel that Amazon accepts goes the same way', async () => {
    const { amazonId, orderId } = await importedOrder();
    expect((await invoice(orderId)).status).toBe(201);
    const res = await ctx.fulfillment.post(`/api/amazon-orders/${amazonId}/cancel`, {
      reason: 'NoInventory',
    });
    expect(res.status).toBe(202);
    await drainOutbox(ctx.server);
    expect(await commerce(orderId)).toMatchObject({ status: 'closed' });
    expect(await ctx.server.knex('sales_credit_memos').where({ order_id: orderId })).toHaveLength(1);
    expect(await ctx.server.knex('amazon_orders').where({ amazon_order_id: amazonId }).first()).toMatchObject(
      {
        cancellation_state: 'confirmed',
        canceled_by: 'staff',
      },
    );
    expect(await reservedFor(amazonId)).toBe(0);
  });
});
