import { describe, expect, it } from 'vitest';
import { BAD_INPUTS, CORRECTED, CORRECTED_STORED, detailHelpers } from './support/amazon-order-details.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers } from './support/shipments.js';

const ctx = useSandboxedServer();
const { newOrder, invoice, ship } = shipmentHelpers(ctx);
const {
  sync,
  createOrder,
  sandboxOrder,
  amazonOrder,
  storedAddress,
  commerceShippingAddress,
  auditRows,
  touchOnAmazon,
  correct,
} = detailHelpers(ctx);

type Details = Record<string, unknown> & {
  shipping_address: Record<string, unknown> | null;
  items: Record<string, unknown>[];
  tracking: Record<string, unknown>[];
  history: Record<string, unknown>[];
};

const details = async (id: string, client = ctx.fulfillment) =>
  client.get<Details>(`/api/amazon-orders/${encodeURIComponent(id)}`);

describe('GET /api/amazon-orders/:id answers Amazon Order Details', () => {
  it('has the order and shipping blocks, the address, items with their Commerce order, tracking and history', async () => {
    const id = await newOrder(['OD-KIT-001'], 2);
    await invoice(id);
    const shipped = await ship(id);
    expect(shipped.status, shipped.text).toBe(201);
    const amazon = await sandboxOrder(id);

    const res = await details(id, await ctx.server.loginAs('support'));
    expect(res.status).toBe(200);
    const order = res.body;
    expect(order).toMatchObject({
      id,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      items_unshipped: expect.any(Number),
      items_shipped: 0,
      reserved: false,
      commerce_increment_id: expect.stringMatching(/^\d+$/),
      commerce_order_id: expect.any(Number),
    });
    for (const flag of ['is_prime', 'is_premium', 'is_business'])
      expect(typeof order[flag], flag).toBe('boolean');
    for (const field of ['buyer_name', 'buyer_email', 'currency', 'order_total', 'ship_service_level'])
      expect(order[field], field).toEqual(expect.any(String));
    expect(order.shipment_service_level_category).toEqual(expect.any(String));
    expect(Date.parse(String(order.purchase_date))).not.toBeNaN();
    expect(Date.parse(String(order.latest_ship_date))).not.toBeNaN();
    expect(order).not.toHaveProperty('row_id');

    const address = amazon.order.ShippingAddress!;
    expect(order.shipping_address).toMatchObject({
      name: address.Name,
      address_line1: address.AddressLine1,
      city: address.City,
      state_or_region: address.StateOrRegion,
      postal_code: address.PostalCode,
      country_code: address.CountryCode,
      corrected_at: null,
      corrected_by: null,
    });

    const [item] = amazon.items;
    expect(order.items).toHaveLength(1);
    expect(order.items[0]).toMatchObject({
      id: item!.OrderItemId,
      commerce_order_id: order.commerce_order_id,
      commerce_increment_id: order.commerce_increment_id,
      title: item!.Title,
      asin: item!.ASIN,
      seller_sku: 'OD-KIT-001',
      quantity_ordered: 2,
      quantity_shipped: 0,
    });
    expect(Number(order.items[0]!.row_price)).toBe(Number(item!.ItemPrice!.Amount));
    expect(Number(order.items[0]!.row_tax)).toBe(Number(item!.ItemTax?.Amount ?? 0));
    expect(Number(order.items[0]!.shipping_price)).toBe(Number(item!.ShippingPrice?.Amount ?? 0));
    if (item!.ConditionId) expect(order.items[0]!.condition_id).toBe(item!.ConditionId);

    expect(order.tracking).toEqual([
      expect.objectContaining({
        carrier_code: 'UPS',
        carrier_name: 'United Parcel Service',
        tracking_number: '1Z999AA10123456784',
        shipment_increment_id: shipped.body.increment_id,
        confirmation: 'pending',
      }),
    ]);
    expect(Date.parse(String(order.tracking[0]!.shipped_at))).not.toBeNaN();

    expect(order.history[0]).toMatchObject({
      source: 'sync',
      status: 'Unshipped',
      comment: 'Seen on Amazon as Unshipped',
      username: null,
    });
  });

  it('answers 404 for an unknown order', async () => {
    const res = await details('111-0000000-0000000');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });
});

describe('PUT /api/amazon-orders/:id corrects the shipping address', () => {
  it('replaces the address and the Commerce order’s, with history, audit and who corrected it', async () => {
    const id = await createOrder('Unshipped');
    const before = await storedAddress(id);

    const res = await correct(id);
    expect(res.status, res.text).toBe(200);
    expect(res.body.shipping_address).toMatchObject({ ...CORRECTED_STORED, corrected_by: 'fulfillment' });
    expect((res.body.shipping_address as { corrected_at: string }).corrected_at).toEqual(expect.any(String));
    expect(res.body.last_action).toBe('Shipping address corrected by fulfillment');
    expect(res.body.history).toContainEqual(
      expect.objectContaining({
        source: 'staff',
        username: 'fulfillment',
        status: 'Unshipped',
        comment: 'Shipping address corrected: 500 Market St, San Francisco, 94105, US.',
      }),
    );

    expect(await commerceShippingAddress(id)).toMatchObject({
      name: 'Jane Roe',
      street: '500 Market St\nSuite 300',
      city: 'San Francisco',
      region: 'CA',
      postcode: '94105',
      country_id: 'US',
      telephone: '+1 415 555 0100',
    });
    const commerceId = (
      await ctx.server.knex('sales_orders').where({ amazon_order_id: before.order_id }).first()
    ).id as number;
    const commerceHistory = await ctx.server
      .knex('sales_order_status_history')
      .where({ order_id: commerceId })
      .orderBy('id', 'desc')
      .first();
    expect(commerceHistory).toMatchObject({ comment: 'Shipping address corrected.', author: 'fulfillment' });

    const audits = await auditRows(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ username: 'fulfillment', resource: 'amazon-orders' });
    expect(audits[0].details).toMatchObject({
      before: { name: before.name, city: before.city, postal_code: before.postal_code, corrected_at: null },
      after: CORRECTED_STORED,
      commerceOrderId: commerceId,
      commerceBefore: { city: before.city },
    });
  });

  it('lets admins and managers correct too, and adds an address to an order Amazon sent none for', async () => {
    const id = await createOrder('Pending');
    expect(await storedAddress(id)).toBeUndefined();
    for (const role of ['admin', 'manager']) {
      const res = await correct(
        id,
        { ...CORRECTED, city: `City of ${role}` },
        await ctx.server.loginAs(role),
      );
      expect(res.status, res.text).toBe(200);
      expect(res.body.shipping_address).toMatchObject({ city: `City of ${role}`, corrected_by: role });
    }
    const audits = await auditRows(id);
    expect(audits.map((row) => row.username)).toEqual(['admin', 'manager']);
    expect(audits[0].details).toMatchObject({ before: null });
    expect(audits[0].details).not.toHaveProperty('commerceOrderId');
  });

  it("follows each country's postal codes: none needed in the UAE, Spain's format in Spain", async () => {
    const id = await createOrder('Unshipped');
    const dubai = {
      ...CORRECTED,
      city: 'Dubai',
      state_or_region: null,
      postal_code: null,
      country_code: 'AE',
    };
    const res = await correct(id, dubai);
    expect(res.status, res.text).toBe(200);
    expect(res.body.shipping_address).toMatchObject({ postal_code: null, country_code: 'AE' });
    const madrid = { ...CORRECTED, city: 'Madrid', postal_code: '28013', country_code: 'es' };
    expect((await correct(id, madrid)).status).toBe(200);
    const wrong = await correct(id, { ...madrid, postal_code: '2801' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe(
      'Invalid shipping_address.postal_code: Postal code 2801 is not a valid postal code for ES.',
    );
  });

  it('is described in the OpenAPI document with its roles and body', async () => {
    const res = await ctx.fulfillment.get<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      '/api/openapi.json',
    );
    expect(res.status).toBe(200);
    const put = res.body.paths['/api/amazon-orders/{id}']!.put!;
    expect(put['x-roles']).toEqual(['admin', 'manager', 'fulfillment']);
    expect(JSON.stringify(put.requestBody)).toContain('postal_code');
  });
});

describe('PUT /api/amazon-orders/:id refuses', () => {
  it('support (403), an unknown order (404), a non-JSON body (415)', async () => {
    const id = await createOrder('Unshipped');
    const support = await correct(id, CORRECTED, await ctx.server.loginAs('support'));
    expect(support.status).toBe(403);
    expect((await correct('111-0000000-0000000')).status).toBe(404);
    const raw = await ctx.fulfillment.raw('PUT', `/api/amazon-orders/${id}`, {
      body: 'shipping_address=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(raw.status).toBe(415);
    expect(await storedAddress(id)).toMatchObject({ corrected_at: null });
    expect(await auditRows(id)).toHaveLength(0);
  });

  it.each(BAD_INPUTS)('bad input (400): %s', async (_case, body, field) => {
    const id = (await ctx.server.knex('amazon_orders').where({ status: 'Unshipped' }).first())
      .amazon_order_id;
    const before = await storedAddress(id);
    const res = await ctx.fulfillment.put<{ code: string; details: { field: string }[] }>(
      `/api/amazon-orders/${id}`,
      body,
    );
    expect(res.status, res.text).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details.map((issue) => issue.field)).toContain(field);
    expect(await storedAddress(id)).toEqual(before);
  });

  it('a Shipped order and a Canceled one (409), changing nothing', async () => {
    const shipped = await createOrder('Shipped');
    const canceled = await createOrder('Unshipped');
    await ctx.sandbox.control(`/_sandbox/orders/${canceled}/status`, {
      status: 'Canceled',
      by: 'buyer',
      age_seconds: 140,
    });
    await sync();
    expect((await amazonOrder(canceled)).status).toBe('Canceled');
    for (const [id, status] of [
      [shipped, 'Shipped'],
      [canceled, 'Canceled'],
    ] as const) {
      const before = await storedAddress(id);
      const res = await correct(id);
      expect(res.status, res.text).toBe(409);
      expect(res.body.message).toBe(
        `Amazon order ${id} is ${status}: its shipping address can no longer change.`,
      );
      expect(await storedAddress(id)).toEqual(before);
      expect(await auditRows(id)).toHaveLength(0);
    }
  });

  it('an order whose Commerce order was shipped whole (409), the Amazon address unchanged too', async () => {
    const id = await newOrder(['OD-KIT-001'], 1);
    await invoice(id);
    expect((await ship(id)).status).toBe(201);
    const before = await storedAddress(id);
    const res = await correct(id);
    expect(res.status, res.text).toBe(409);
    expect(res.body.message).toMatch(/is complete: nothing is left to ship/);
    expect(await storedAddress(id)).toEqual(before);
    expect((await amazonOrder(id)).last_action).not.toMatch(/Shipping address corrected/);
  });
});

describe('sync and a corrected address', () => {
  it('a later sync keeps the correction, and still rewrites an address nobody corrected', async () => {
    const corrected = await createOrder('Unshipped');
    const untouched = await createOrder('Unshipped');
    expect((await correct(corrected)).status).toBe(200);
    const amazonCity = (await storedAddress(untouched)).city as string;
    await ctx.server
      .knex('amazon_order_addresses')
      .where({ order_id: (await amazonOrder(untouched)).id })
      .update({ city: 'Not what Amazon says' });

    await touchOnAmazon(corrected);
    await touchOnAmazon(untouched);
    const run = await sync();
    expect(run.status).toBe('succeeded');
    expect(await amazonOrder(corrected)).toMatchObject({ buyer_cancel_requested: true });

    expect(await storedAddress(corrected)).toMatchObject({
      ...CORRECTED_STORED,
      corrected_at: expect.any(Date),
    });
    expect(await commerceShippingAddress(corrected)).toMatchObject({
      city: 'San Francisco',
      postcode: '94105',
    });
    // The control: this sync did write addresses, so keeping the correction was the rule at work.
    expect((await storedAddress(untouched)).city).toBe(amazonCity);
  });
});
