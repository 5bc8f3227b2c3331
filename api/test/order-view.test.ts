import { describe, expect, it } from 'vitest';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers, UPS } from './support/shipments.js';

const ctx = useSandboxedServer();
const { newOrder, commerceOrder, commerceItems } = shipmentHelpers(ctx);

interface Detail {
  id: number;
  status: string;
  grand_total: string;
  total_paid: string;
  total_refunded: string;
  total_due: string;
  items: { id: number; sku: string }[];
  history: { id: number; comment: string; created_at: string; is_customer_notified: boolean }[];
  invoices: { id: number }[];
  shipments: { id: number }[];
  credit_memos: { id: number }[];
  message: string;
}

const detailOf = (orderId: number, client = ctx.fulfillment) => client.get<Detail>(`/api/orders/${orderId}`);

describe('GET /api/orders/:id: the Commerce order view', () => {
  it('answers totals, addresses, items with their counters, history, invoices, shipments and credit memos', async () => {
    const amazonId = await newOrder(['OD-KIT-001', 'OD-MUG-001'], 2);
    const order = await commerceOrder(amazonId);
    const [kit, mug] = await commerceItems(amazonId);
    const before = await detailOf(order.id);
    expect(before.status, before.text).toBe(200);
    expect(before.body).toMatchObject({
      id: order.id,
      status: 'processing',
      channel: 'amazon',
      amazon_order_id: amazonId,
      amazon_status: 'Unshipped',
      amazon_fulfillment_channel: 'MFN',
      amazon_canceled_at: null,
      total_paid: '0.00',
      total_refunded: '0.00',
      total_due: order.grand_total,
      invoices: [],
      shipments: [],
      credit_memos: [],
    });
    expect(before.body).toMatchObject({
      amazon_store_name: expect.any(String),
      shipping_address: { name: expect.any(String), country_id: expect.any(String) },
      billing_address: { name: expect.any(String) },
      history: [{ status: 'processing', is_customer_notified: false }],
    });

    const invoice = await ctx.fulfillment.post<{ id: number; grand_total: string }>(
      `/api/orders/${order.id}/invoices`,
      {},
    );
    expect(invoice.status, invoice.text).toBe(201);
    const shipment = await ctx.fulfillment.post<{ id: number }>(`/api/orders/${order.id}/shipments`, {
      ...UPS,
      items: [{ order_item_id: kit!.id, qty: 1 }],
    });
    expect(shipment.status, shipment.text).toBe(201);
    const memo = await ctx.fulfillment.post<{ id: number; grand_total: string }>(
      `/api/orders/${order.id}/credit-memos`,
      { items: [{ order_item_id: mug!.id, qty: 1 }], shipping_refund: '0.00' },
    );
    expect(memo.status, memo.text).toBe(201);

    const after = await detailOf(order.id);
    expect(after.body).toMatchObject({
      status: 'processing',
      total_paid: order.grand_total,
      total_refunded: memo.body.grand_total,
      total_due: '0.00',
      items: [
        { id: kit!.id, sku: 'OD-KIT-001', qty_ordered: 2, qty_invoiced: 2, qty_shipped: 1, qty_refunded: 0 },
        { id: mug!.id, sku: 'OD-MUG-001', qty_ordered: 2, qty_invoiced: 2, qty_shipped: 0, qty_refunded: 1 },
      ],
      invoices: [{ id: invoice.body.id, grand_total: invoice.body.grand_total, total_qty: 4 }],
      shipments: [
        {
          id: shipment.body.id,
          total_qty: 1,
          items: [{ order_item_id: kit!.id, sku: 'OD-KIT-001', qty: 1 }],
          track: { carrier_code: 'ups', track_number: UPS.tracking_number },
          amazon: { amazon_order_id: amazonId, confirmation: 'pending', error: null },
        },
      ],
      credit_memos: [
        { id: memo.body.id, grand_total: memo.body.grand_total, total_qty: 1, items: [{ qty: 1 }] },
      ],
    });
    // Newest first, as Magento's Comments History: the credit memo, the shipment, the invoice, the import.
    const comments = after.body.history.map((entry) => entry.comment);
    expect(comments).toHaveLength(4);
    expect(comments[0]).toMatch(/^Credit memo #\d+ refunded offline/);
    expect(comments[1]).toMatch(/^Shipment #\d+ created/);
    expect(comments[2]).toMatch(/^Invoice #\d+ created/);
  });

  it('answers the same record to every role and after an action, and 404 or 400 for ids that are not orders', async () => {
    const order = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    const support = await ctx.server.loginAs('support');
    const held = await ctx.fulfillment.post<Detail>(`/api/orders/${order.id}/hold`, {});
    expect(held.status, held.text).toBe(200);
    expect(held.body).toMatchObject({ status: 'holded', hold_before_status: 'processing' });
    expect(held.body.history[0]!.comment).toMatch(/put on hold/);
    expect((await detailOf(order.id, support)).body).toEqual(held.body);

    const missing = await detailOf(2_000_000_000);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('No order 2000000000.');
    const invalid = await ctx.fulfillment.get<{ message: string }>('/api/orders/abc');
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(/not a valid order id/);
  });
});

describe("GET /api/audit-log filtered by one order's rows", () => {
  it('answers only the rows of that resource and record, to managers only', async () => {
    const first = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    const second = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    for (const id of [first.id, second.id])
      expect((await ctx.fulfillment.post(`/api/orders/${id}/hold`, {})).status).toBe(200);
    expect((await ctx.fulfillment.post(`/api/orders/${first.id}/unhold`, {})).status).toBe(200);

    const manager = await ctx.server.loginAs('manager');
    const filter = encodeURIComponent(JSON.stringify({ resource: 'orders', record_id: String(first.id) }));
    const rows = await manager.get<
      { action: string; user: string | null; record_id: string; resource: string }[]
    >(`/api/audit-log?filter=${filter}`);
    expect(rows.status, rows.text).toBe(200);
    // Newest first: the staff's hold and unhold, and the import that created the order.
    expect(rows.body.map((row) => [row.action, row.user])).toEqual([
      ['orders.unhold', 'fulfillment'],
      ['orders.hold', 'fulfillment'],
      ['amazon-orders.import', null],
    ]);
    expect(rows.body.every((row) => row.record_id === String(first.id) && row.resource === 'orders')).toBe(
      true,
    );
    expect(rows.headers.get('content-range')).toBe('audit-log 0-2/3');

    // A number is a record id too (react-admin's getManyReference sends the record's id as is).
    const byNumber = encodeURIComponent(JSON.stringify({ resource: 'orders', record_id: second.id }));
    const secondRows = await manager.get<{ action: string }[]>(`/api/audit-log?filter=${byNumber}`);
    expect(secondRows.body.map((row) => row.action)).toEqual(['orders.hold', 'amazon-orders.import']);

    expect((await ctx.fulfillment.get(`/api/audit-log?filter=${filter}`)).status).toBe(403);
  });
});
