import { describe, expect, it } from 'vitest';
import { drainOutbox } from './support/outbox-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers, UPS } from './support/shipments.js';

const ctx = useSandboxedServer();
const {
  sync,
  newOrder,
  amazonOrder,
  commerceOrder,
  commerceItems,
  ship,
  onHand,
  reservedFor,
  shipmentLedger,
  shipmentsOf,
  sandboxShipments,
  commandsOf,
} = shipmentHelpers(ctx);

describe('what a shipment may not do', () => {
  it('refuses canceled, closed and held orders, too many units, and an order with nothing left (409)', async () => {
    for (const [status, message] of [
      ['canceled', /is canceled/],
      ['closed', /is closed/],
      ['holded', /on hold/],
    ] as const) {
      const id = await newOrder(['OD-KIT-001'], 1);
      await ctx.server
        .knex('sales_orders')
        .where({ id: (await commerceOrder(id)).id })
        .update({ status });
      const res = await ship(id);
      expect(res.status, status).toBe(409);
      expect(res.body.message).toMatch(message);
      expect(await shipmentsOf(id)).toHaveLength(0);
    }

    const id = await newOrder(['OD-KIT-001'], 2);
    const [item] = await commerceItems(id);
    const tooMany = await ship(id, { ...UPS, items: [{ order_item_id: item!.id, qty: 3 }] });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.message).toMatch(/3 unit\(s\) of OD-KIT-001 requested, but only 2 left to ship/);
    expect(await reservedFor(id)).toBe(2);

    expect((await ship(id)).status).toBe(201);
    const again = await ship(id);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/nothing left to ship/);
    expect(await shipmentsOf(id)).toHaveLength(1);
    await drainOutbox(ctx.server);
  });

  it('refuses an order Amazon canceled, one with a cancellation pending, and one Amazon already shipped (409)', async () => {
    const canceled = await newOrder(['OD-KIT-001'], 1);
    await ctx.sandbox.control(`/_sandbox/orders/${canceled}/status`, {
      status: 'Canceled',
      by: 'buyer',
      age_seconds: 140,
    });
    await sync();
    expect(await amazonOrder(canceled)).toMatchObject({ status: 'Canceled' });
    const onCanceled = await ship(canceled);
    expect(onCanceled.status).toBe(409);
    expect(onCanceled.body.message).toMatch(/cancel/i);

    const pending = await newOrder(['OD-KIT-001'], 1);
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${pending}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    const whilePending = await ship(pending);
    expect(whilePending.status).toBe(409);
    expect(whilePending.body.message).toMatch(/cancellation .* is waiting for Amazon's answer/);
    expect(await shipmentsOf(pending)).toHaveLength(0);
    expect(await reservedFor(pending)).toBe(1);
    await drainOutbox(ctx.server);

    const shippedThere = await newOrder(['OD-KIT-001'], 1);
    await ctx.server
      .knex('amazon_orders')
      .where({ amazon_order_id: shippedThere })
      .update({ status: 'Shipped' });
    const onShipped = await ship(shippedThere);
    expect(onShipped.status).toBe(409);
    expect(onShipped.body.message).toMatch(/already reports .* Shipped/);
  });

  it('answers 400 naming the field for bad bodies, 403 for support, 401 without a session, 404 for an unknown order', async () => {
    const id = await newOrder(['OD-KIT-001'], 1);
    const [item] = await commerceItems(id);
    const bad: [unknown, string][] = [
      [{}, 'carrier'],
      [{ carrier: 'ups', tracking_number: '1Z', extra: 1 }, 'extra'],
      [{ carrier: '', tracking_number: '1Z' }, 'carrier'],
      [{ carrier: 'ups' }, 'tracking_number'],
      [{ carrier: 'ups', tracking_number: '   ' }, 'tracking_number'],
      [{ carrier: 'ups', tracking_number: 'x'.repeat(101) }, 'tracking_number'],
      [{ carrier: 'x'.repeat(65), tracking_number: '1Z' }, 'carrier'],
      [{ carrier: 'custom', tracking_number: '1Z' }, 'title'],
      [{ ...UPS, items: [] }, 'items'],
      [{ ...UPS, items: [{ order_item_id: item!.id, qty: -1 }] }, 'items.0.qty'],
      [{ ...UPS, items: [{ order_item_id: item!.id, qty: 1.5 }] }, 'items.0.qty'],
      [{ ...UPS, items: [{ order_item_id: item!.id, qty: 0 }] }, 'items'],
      [
        {
          ...UPS,
          items: [
            { order_item_id: item!.id, qty: 1 },
            { order_item_id: item!.id, qty: 1 },
          ],
        },
        'items.1.order_item_id',
      ],
      [{ ...UPS, items: [{ order_item_id: 2_000_000_000, qty: 1 }] }, 'items.0.order_item_id'],
    ];
    for (const [body, field] of bad) {
      const res = await ship(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message, JSON.stringify(body)).toContain(field);
    }
    const notJson = await ctx.fulfillment.raw(
      'POST',
      `/api/orders/${(await commerceOrder(id)).id}/shipments`,
      {
        body: 'carrier=ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(notJson.status).toBe(415);

    const support = await ctx.server.loginAs('support');
    expect((await ship(id, UPS, support)).status).toBe(403);
    expect((await ship(id, UPS, ctx.server.anonymous())).status).toBe(401);
    expect((await ctx.fulfillment.post('/api/orders/999999/shipments', UPS)).status).toBe(404);
    expect((await ctx.fulfillment.post('/api/orders/abc/shipments', UPS)).status).toBe(400);
    expect(await shipmentsOf(id)).toHaveLength(0);
    expect(await reservedFor(id)).toBe(1);

    for (const role of ['admin', 'manager']) {
      const other = await newOrder(['OD-KIT-001'], 1);
      expect((await ship(other, UPS, await ctx.server.loginAs(role))).status, role).toBe(201);
    }
    await drainOutbox(ctx.server);
  });

  it('takes exactly one of 10 concurrent requests to ship the whole order', async () => {
    const id = await newOrder(['OD-KIT-003'], 2);
    const before = await onHand('OD-KIT-003');
    const clients = await Promise.all(
      ['admin', 'manager', 'fulfillment'].map((role) => ctx.server.loginAs(role)),
    );
    const orderId = (await commerceOrder(id)).id;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        clients[i % clients.length]!.post(`/api/orders/${orderId}/shipments`, UPS),
      ),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    expect(await shipmentsOf(id)).toHaveLength(1);
    expect(await shipmentLedger(id)).toHaveLength(1);
    expect(await onHand('OD-KIT-003')).toBe(before - 2);
    expect(await commandsOf(id)).toHaveLength(1);
    await drainOutbox(ctx.server);
    expect(await sandboxShipments(id)).toHaveLength(1);
  });
});
