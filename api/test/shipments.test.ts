import { describe, expect, it } from 'vitest';
import { drainOutbox } from './support/outbox-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { createWebOrder } from './support/web-orders.js';
import { shipmentHelpers, UPS, type ShipmentAnswer } from './support/shipments.js';

const ctx = useSandboxedServer();
const {
  syncLater,
  newOrder,
  amazonOrder,
  commerceOrder,
  commerceItems,
  invoice,
  ship,
  onHand,
  reservedFor,
  shipmentLedger,
  shipmentsOf,
  sandboxShipments,
  sandboxOrder,
  commandsOf,
} = shipmentHelpers(ctx);

describe('ship a Commerce order with tracking', () => {
  it('ships everything (201), deducts the stock once, confirms the tracking to Amazon, and a later sync adds nothing', async () => {
    const id = await newOrder(['OD-KIT-001'], 2);
    const before = await onHand('OD-KIT-001');
    expect(await reservedFor(id)).toBe(2);
    // Invoiced first: Magento calls an order complete once nothing is left to invoice or ship.
    await invoice(id);

    const res = await ship(id);
    expect(res.status, res.text).toBe(201);
    const [item] = await commerceItems(id);
    expect(res.body).toMatchObject({
      order_id: (await commerceOrder(id)).id,
      order_status: 'complete',
      total_qty: 2,
      items: [{ order_item_id: item!.id, sku: 'OD-KIT-001', qty: 2 }],
      track: { carrier_code: 'ups', title: 'United Parcel Service', track_number: '1Z999AA10123456784' },
      amazon: { amazon_order_id: id, confirmation: 'pending' },
    });
    expect(res.body.increment_id).toMatch(/^\d+$/);
    expect(item!.qty_shipped).toBe(2);
    expect(await commerceOrder(id)).toMatchObject({ status: 'complete' });
    expect(await onHand('OD-KIT-001')).toBe(before - 2);
    expect(await reservedFor(id)).toBe(0);
    expect(await shipmentLedger(id)).toEqual([{ reference: `shipment:${res.body.id}`, quantity: 2 }]);
    const history = await ctx.server
      .knex('sales_order_status_history')
      .where({ order_id: res.body.order_id })
      .orderBy('id', 'desc')
      .first();
    expect(history).toMatchObject({ status: 'complete', author: 'fulfillment' });
    expect(history.comment).toContain('1Z999AA10123456784');
    expect(
      await ctx.server
        .knex('audit_log')
        .where({ action: 'orders.ship', record_id: String(res.body.order_id) }),
    ).toHaveLength(1);
    expect(await amazonOrder(id)).toMatchObject({ inventory_reserved: false });
    expect((await amazonOrder(id)).last_action).toMatch(/confirming with Amazon/);
    expect(await commandsOf(id)).toMatchObject([{ status: 'pending' }]);

    expect(await drainOutbox(ctx.server)).toBe(1);
    const sent = await sandboxShipments(id);
    expect(sent).toHaveLength(1);
    const amazonItems = (await sandboxOrder(id)).items;
    expect(sent[0]!.packageDetail).toMatchObject({
      packageReferenceId: String(res.body.id),
      carrierCode: 'UPS',
      carrierName: 'United Parcel Service',
      trackingNumber: '1Z999AA10123456784',
      orderItems: [{ orderItemId: amazonItems[0]!.OrderItemId, quantity: 2 }],
    });
    expect((await sandboxOrder(id)).order.OrderStatus).toBe('Shipped');
    expect(await commandsOf(id)).toMatchObject([{ status: 'succeeded' }]);
    const tracking = await ctx.server.knex('amazon_order_tracking').where({ sales_shipment_id: res.body.id });
    expect(tracking).toHaveLength(1);
    expect(tracking[0]).toMatchObject({ carrier_code: 'UPS', tracking_number: '1Z999AA10123456784' });
    expect(tracking[0].confirmed_at).not.toBeNull();
    expect((await amazonOrder(id)).last_action).toMatch(/Amazon accepted the tracking/);
    const answer = await ctx.fulfillment.get<{ id: number }>(`/api/orders/${res.body.order_id}`);
    expect(answer.status).toBe(200);

    // Amazon now reports the order Shipped: the sync follows it without a second shipment or deduction.
    await syncLater();
    expect(await amazonOrder(id)).toMatchObject({ status: 'Shipped', number_of_items_shipped: 2 });
    expect(await shipmentsOf(id)).toHaveLength(1);
    expect(await shipmentLedger(id)).toHaveLength(1);
    expect(await onHand('OD-KIT-001')).toBe(before - 2);
    expect(await reservedFor(id)).toBe(0);
    expect(await commerceOrder(id)).toMatchObject({ status: 'complete' });
    expect(await drainOutbox(ctx.server)).toBe(0);
  });

  it('ships part of an order, then the rest: two packages on Amazon, stock moved once per unit', async () => {
    const id = await newOrder(['OD-KIT-002', 'OD-MUG-001'], 2);
    const kettles = await onHand('OD-KIT-002');
    const mugs = await onHand('OD-MUG-001');
    const items = await commerceItems(id);
    const kit = items.find((i) => i.sku === 'OD-KIT-002')!;
    const mug = items.find((i) => i.sku === 'OD-MUG-001')!;
    await invoice(id);

    const first = await ship(id, { ...UPS, items: [{ order_item_id: kit.id, qty: 1 }] });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ order_status: 'processing', total_qty: 1 });
    expect(first.body.items).toEqual([
      { order_item_id: kit.id, sku: 'OD-KIT-002', name: expect.any(String), qty: 1 },
    ]);
    expect(await reservedFor(id)).toBe(3);
    expect(await onHand('OD-KIT-002')).toBe(kettles - 1);
    expect(await amazonOrder(id)).toMatchObject({ inventory_reserved: true });
    await drainOutbox(ctx.server);
    expect((await sandboxOrder(id)).order.OrderStatus).toBe('PartiallyShipped');

    // The sync that brings PartiallyShipped: Amazon's QuantityShipped equals qty_shipped, nothing to add.
    await syncLater();
    expect(await amazonOrder(id)).toMatchObject({ status: 'PartiallyShipped' });
    expect(await shipmentsOf(id)).toHaveLength(1);
    expect(await onHand('OD-KIT-002')).toBe(kettles - 1);

    const rest = await ship(id, { carrier: 'custom', title: 'Acme Couriers', tracking_number: 'ACME-0001' });
    expect(rest.status, rest.text).toBe(201);
    expect(rest.body).toMatchObject({ order_status: 'complete', total_qty: 3 });
    expect(rest.body.items).toMatchObject([
      { order_item_id: kit.id, qty: 1 },
      { order_item_id: mug.id, qty: 2 },
    ]);
    expect(await reservedFor(id)).toBe(0);
    expect(await onHand('OD-KIT-002')).toBe(kettles - 2);
    expect(await onHand('OD-MUG-001')).toBe(mugs - 2);
    await drainOutbox(ctx.server);
    const sent = await sandboxShipments(id);
    expect(sent.map((s) => s.packageDetail.packageReferenceId)).toEqual([
      String(first.body.id),
      String(rest.body.id),
    ]);
    expect(sent[1]!.packageDetail).toMatchObject({ carrierCode: 'Other', carrierName: 'Acme Couriers' });
    expect((await sandboxOrder(id)).order.OrderStatus).toBe('Shipped');

    await syncLater();
    expect(await amazonOrder(id)).toMatchObject({ status: 'Shipped' });
    expect(await shipmentsOf(id)).toHaveLength(2);
    expect(await shipmentLedger(id)).toHaveLength(3);
    expect(await onHand('OD-KIT-002')).toBe(kettles - 2);
    expect(await onHand('OD-MUG-001')).toBe(mugs - 2);
    expect(await reservedFor(id)).toBe(0);
  });
  it('ships an order of another channel: stock deducted, nothing sent to Amazon', async () => {
    const before = await onHand('OD-MUG-002');
    const outboxBefore = (await ctx.server.knex('outbox')).length;
    const created = { id: await createWebOrder(ctx.server.knex) };
    // Not invoiced: shipped in full, it still waits for its invoice (Magento: processing).
    const res = await ctx.fulfillment.post<ShipmentAnswer>(`/api/orders/${created.id}/shipments`, {
      carrier: 'usps',
      tracking_number: '9400100000000000000000',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      order_status: 'processing',
      total_qty: 2,
      track: { carrier_code: 'usps', title: null, track_number: '9400100000000000000000' },
      amazon: null,
    });
    expect(await onHand('OD-MUG-002')).toBe(before - 2);
    expect(await ctx.server.knex('outbox')).toHaveLength(outboxBefore);
  });
});

describe('the confirmation to Amazon', () => {
  it('is dead with Amazon’s message on the order when Amazon refuses it (4xx); the shipment stands', async () => {
    const id = await newOrder(['OD-KIT-001'], 1);
    expect((await ship(id)).status).toBe(201);
    await ctx.sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 400, count: 1 });
    await drainOutbox(ctx.server);
    expect(await commandsOf(id)).toMatchObject([{ status: 'dead', attempts: 1 }]);
    expect((await amazonOrder(id)).last_action).toMatch(
      /Amazon refused the confirmation of shipment #\d+ .*Invalid Input/,
    );
    expect(
      (
        await ctx.server
          .knex('amazon_order_tracking')
          .where({ order_id: (await amazonOrder(id)).id })
          .first()
      ).confirmed_at,
    ).toBeNull();
    expect(await sandboxShipments(id)).toHaveLength(0);
    expect(await shipmentsOf(id)).toHaveLength(1);
    expect(await drainOutbox(ctx.server)).toBe(0);
  });

  it('is retried with backoff when Amazon cannot be reached, and goes through on the next try', async () => {
    const id = await newOrder(['OD-KIT-001'], 1);
    expect((await ship(id)).status).toBe(201);
    // The client's own retries (four) use up five failures; the outbox then waits before the next try.
    await ctx.sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 503, count: 5 });
    await drainOutbox(ctx.server);
    const [failed] = await commandsOf(id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect((await amazonOrder(id)).last_action).toMatch(/failed .*it will be retried/);
    expect(await ctx.server.knex('amazon_communication_errors').where({ outbox_id: failed.id })).toHaveLength(
      1,
    );
    expect(await drainOutbox(ctx.server)).toBe(0); // not due yet

    await ctx.server
      .knex('outbox')
      .where({ id: failed.id })
      .update({ next_attempt_at: ctx.server.knex.raw("now() - interval '1 second'") });
    expect(await drainOutbox(ctx.server)).toBe(1);
    expect(await commandsOf(id)).toMatchObject([{ status: 'succeeded', attempts: 2 }]);
    expect(await sandboxShipments(id)).toHaveLength(1);
    expect((await amazonOrder(id)).last_action).toMatch(/Amazon accepted the tracking/);
  });
});
