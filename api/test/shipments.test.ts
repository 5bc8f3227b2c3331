import { describe, expect, it, vi } from 'vitest';
import { drainOutbox } from './support/outbox-helpers.js';
import { syncOnce } from './support/sync-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();

const UPS = { carrier: 'ups', title: 'United Parcel Service', tracking_number: '1Z999AA10123456784' };

interface ShipmentAnswer {
  id: number;
  increment_id: string;
  order_id: number;
  order_status: string;
  total_qty: number;
  items: { order_item_id: number; sku: string; qty: number }[];
  track: { carrier_code: string; title: string | null; track_number: string };
  amazon: { amazon_order_id: string; confirmation: string } | null;
}
interface SandboxShipment {
  amazonOrderId: string;
  packageDetail: {
    packageReferenceId: string;
    carrierCode: string;
    carrierName?: string;
    trackingNumber: string;
    shipDate: string;
    orderItems: { orderItemId: string; quantity: number }[];
  };
}

const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);
/**
 * A sync as it runs three minutes from now: Amazon's two-minute rule keeps a change made just now (our own
 * shipment confirmation) out of a sync until then.
 */
async function syncLater() {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * 60_000, shouldAdvanceTime: true });
  try {
    return await sync();
  } finally {
    vi.useRealTimers();
  }
}
async function newOrder(skus: string[], quantity: number): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus,
    quantity,
    age_seconds: 150,
    brief: true,
  });
  await sync();
  return order_ids[0]!;
}
const amazonOrder = (id: string) => ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first();
async function commerceOrder(id: string) {
  return ctx.server
    .knex('sales_orders')
    .where({ amazon_order_id: (await amazonOrder(id)).id })
    .first();
}
async function commerceItems(id: string): Promise<{ id: number; sku: string; qty_shipped: number }[]> {
  return ctx.server
    .knex('sales_order_items')
    .where({ order_id: (await commerceOrder(id)).id })
    .orderBy('id');
}
async function invoice(id: string): Promise<void> {
  const res = await ctx.fulfillment.post(`/api/orders/${(await commerceOrder(id)).id}/invoices`, {});
  if (res.status !== 201) throw new Error(`invoice: ${res.status} ${res.text}`);
}
const ship = async (id: string, body: unknown = UPS, client = ctx.fulfillment) =>
  client.post<ShipmentAnswer & { message: string }>(
    `/api/orders/${(await commerceOrder(id)).id}/shipments`,
    body,
  );
const onHand = async (sku: string) =>
  (await ctx.server.knex('inventory_stock').where({ sku }).first('on_hand')).on_hand as number;
/** Units still reserved for the order's items, from the ledger. */
async function reservedFor(id: string): Promise<number> {
  const row = await ctx.server
    .knex('inventory_reservations as r')
    .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
    .join('amazon_orders as o', 'o.id', 'i.order_id')
    .where('o.amazon_order_id', id)
    .first(ctx.server.knex.raw('coalesce(-sum(r.quantity), 0)::integer as units'));
  return row.units as number;
}
/** The ledger's shipment rows for the order's items. */
async function shipmentLedger(id: string): Promise<{ reference: string; quantity: number }[]> {
  return ctx.server
    .knex('inventory_reservations as r')
    .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
    .join('amazon_orders as o', 'o.id', 'i.order_id')
    .where({ 'o.amazon_order_id': id, 'r.cause': 'order_shipped' })
    .orderBy('r.id')
    .select('r.reference', 'r.quantity');
}
async function shipmentsOf(id: string): Promise<{ id: number; total_qty: number }[]> {
  return ctx.server
    .knex('sales_shipments')
    .where({ order_id: (await commerceOrder(id)).id })
    .orderBy('id');
}
const sandboxShipments = async (id: string) =>
  (await ctx.sandbox.get<{ shipments: SandboxShipment[] }>('/_sandbox/shipments')).shipments.filter(
    (shipment) => shipment.amazonOrderId === id,
  );
const sandboxOrder = (id: string) =>
  ctx.sandbox.get<{ order: { OrderStatus: string }; items: { OrderItemId: string; SellerSKU: string }[] }>(
    `/_sandbox/orders/${id}`,
  );
async function commandsOf(id: string) {
  return ctx.server
    .knex('outbox')
    .where({ kind: 'amazon.confirm_shipment', aggregate_id: String((await amazonOrder(id)).id) })
    .orderBy('id');
}

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
    const created = await ctx.server.knex.transaction((trx) =>
      ctx.server.services.sales.createOrder(trx, {
        channel: 'web',
        amazonOrderRowId: null,
        incrementId: null,
        storeCode: 'default',
        status: 'processing',
        customer: { email: 'web.buyer@example.com', name: 'Web Buyer', createAccount: false },
        currency: 'USD',
        shippingAmount: '0.00',
        shippingTax: '0.00',
        paymentMethod: 'checkmo',
        shippingMethod: null,
        shippingDescription: null,
        items: [
          {
            sku: 'OD-MUG-002',
            name: 'Insulated Travel Mug 470 ml',
            quantity: 2,
            rowPrice: '49.00',
            rowTax: '0.00',
            rowDiscount: '0.00',
            amazonOrderItemId: null,
          },
        ],
        shippingAddress: null,
        comment: 'Placed on the web store',
        author: 'test',
      }),
    );
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
