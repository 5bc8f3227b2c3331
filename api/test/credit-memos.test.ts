import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from '../src/sales/money.js';
import { documentHelpers } from './support/documents.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();
const { importedOrder, chargeShipping, commerce, lines, history, invoice, creditMemo, cents, reservedFor } =
  documentHelpers(ctx);

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

describe('the stock of an order closed by a credit memo', () => {
  it('is released once when everything was refunded before shipping: a closed order ships nothing', async () => {
    const { amazonId, orderId } = await importedOrder(['OD-HOM-001'], 3);
    const stock = () =>
      ctx.server.knex('inventory_stock').where({ sku: 'OD-HOM-001' }).first('reserved', 'on_hand');
    const before = await stock();
    expect(await reservedFor(amazonId)).toBe(3);
    expect((await invoice(orderId)).status).toBe(201);
    const partial = await creditMemo(orderId, {
      items: [{ order_item_id: (await lines(orderId))[0].id, qty: 1 }],
    });
    expect(partial.body.order.status).toBe('processing');
    expect(await reservedFor(amazonId)).toBe(3); // all three can still ship
    const rest = await creditMemo(orderId);
    expect(rest.body.order.status).toBe('closed');
    expect(await reservedFor(amazonId)).toBe(0);
    expect(await stock()).toEqual({ reserved: before.reserved - 3, on_hand: before.on_hand });
    const releases = await ctx.server
      .knex('inventory_reservations')
      .where({ cause: 'credit_memo' })
      .whereRaw('metadata->>? = ?', ['orderId', String(orderId)]);
    expect(releases).toHaveLength(1);
  });
});
