import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from '../src/sales/money.js';
import { documentHelpers } from './support/documents.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();
const {
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
} = documentHelpers(ctx);

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
