import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';

const ctx = useSandboxedServer();
const SKU = 'OD-KIT-001';

interface LedgerRow {
  id: number;
  sku: string;
  created_at: string;
  quantity: number;
  cause: string;
  reference: string;
  order_item_key: string;
  amazon_order_id: string | null;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
}

let support: ApiClient;
let kept: string;
let canceled: string;

const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);
const ledgerPath = (filter: unknown, extra = '') =>
  `/api/stock-reservations?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

async function amazonOrder(skus: string[], quantity: number): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus,
    quantity,
    age_seconds: 170,
    brief: true,
  });
  return order_ids[0]!;
}

const commerceOrderOf = async (amazonOrderId: string) =>
  ctx.server
    .knex('sales_orders as so')
    .join('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .where('ao.amazon_order_id', amazonOrderId)
    .first('so.id', 'so.increment_id');

beforeAll(async () => {
  // Synced one after the other, so that the ledger's order is known.
  kept = await amazonOrder([SKU], 1);
  await sync();
  canceled = await amazonOrder([SKU, 'OD-MUG-001'], 2);
  await sync();
  // The buyer cancels the second order on Amazon: the next sync releases its reservation.
  await ctx.sandbox.control(`/_sandbox/orders/${canceled}/status`, {
    status: 'Canceled',
    by: 'buyer',
    age_seconds: 150,
  });
  await sync();
  support = await ctx.server.loginAs('support');
});

describe("GET /api/stock-reservations (a SKU's reservation ledger)", () => {
  it('lists the SKU’s rows newest first, each with its Amazon and Commerce order', async () => {
    const res = await support.get<LedgerRow[]>(ledgerPath({ sku: SKU }));
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-range')).toBe('stock-reservations 0-2/3');
    const keptOrder = await commerceOrderOf(kept);
    const canceledOrder = await commerceOrderOf(canceled);
    expect(
      res.body.map(({ quantity, cause, amazon_order_id }) => ({ quantity, cause, amazon_order_id })),
    ).toEqual([
      { quantity: 2, cause: 'order_canceled', amazon_order_id: canceled },
      { quantity: -2, cause: 'order_placed', amazon_order_id: canceled },
      { quantity: -1, cause: 'order_placed', amazon_order_id: kept },
    ]);
    expect(res.body[2]).toMatchObject({
      sku: SKU,
      commerce_order_id: keptOrder.id,
      commerce_increment_id: keptOrder.increment_id,
    });
    expect(res.body[0]).toMatchObject({ commerce_order_id: canceledOrder.id });
    expect(res.body.every((row) => row.sku === SKU)).toBe(true);
    expect(Date.parse(res.body[0]!.created_at)).toBeGreaterThanOrEqual(Date.parse(res.body[2]!.created_at));
    // What the ledger sums to is what Catalog > Stock says is reserved.
    const stock = await support.get<{ reserved: number }>(`/api/stock/${SKU}`);
    expect(stock.body.reserved).toBe(-res.body.reduce((sum, row) => sum + row.quantity, 0));
  });

  it('pages on the server and filters by cause', async () => {
    const page = await support.get<LedgerRow[]>(ledgerPath({ sku: SKU }, '&range=[1,1]&sort=["id","DESC"]'));
    expect(page.headers.get('content-range')).toBe('stock-reservations 1-1/3');
    expect(page.body).toHaveLength(1);
    expect(page.body[0]).toMatchObject({ cause: 'order_placed', amazon_order_id: canceled });
    const placed = await support.get<LedgerRow[]>(ledgerPath({ sku: SKU, cause: 'order_placed' }));
    expect(placed.body.map((row) => row.amazon_order_id)).toEqual([canceled, kept]);
    const oldestFirst = await support.get<LedgerRow[]>(
      ledgerPath({ sku: SKU }, '&sort=["created_at","ASC"]'),
    );
    expect(oldestFirst.body.at(-1)?.cause).toBe('order_canceled');
  });

  it("links rows of a Commerce order's own items (order-item keys) to that order", async () => {
    const order = await commerceOrderOf(kept);
    const item = await ctx.server.knex('sales_order_items').where({ order_id: order.id }).first('id');
    await ctx.server.knex('inventory_reservations').insert({
      sku: 'OD-MUG-001',
      quantity: -1,
      cause: 'order_placed',
      order_item_key: `order-item:${item.id}`,
    });
    const res = await support.get<LedgerRow[]>(ledgerPath({ sku: 'OD-MUG-001' }, '&range=[0,0]'));
    expect(res.body[0]).toMatchObject({
      order_item_key: `order-item:${item.id}`,
      amazon_order_id: kept,
      commerce_order_id: order.id,
      commerce_increment_id: order.increment_id,
    });
  });

  it('answers an empty page for a SKU without rows', async () => {
    const res = await support.get<LedgerRow[]>(ledgerPath({ sku: 'NO-SUCH-SKU' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers.get('content-range')).toBe('stock-reservations 0-0/0');
  });

  it.each([
    ['no filter', '/api/stock-reservations', 'filter.sku'],
    ['no sku', ledgerPath({ cause: 'order_placed' }), 'filter.sku'],
    ['several skus', ledgerPath({ sku: [SKU, 'OD-MUG-001'] }), 'filter.sku'],
    ['an unknown cause', ledgerPath({ sku: SKU, cause: 'stolen' }), 'filter.cause'],
    ['an unknown sort', ledgerPath({ sku: SKU }, '&sort=["quantity","ASC"]'), 'sort'],
  ])('refuses %s with 400', async (_what, path, field) => {
    const res = await support.get<{ details: { field: string } }>(path);
    expect(res.status, res.text).toBe(400);
    expect(res.body.details.field).toBe(field);
  });

  it('needs a session', async () => {
    expect((await ctx.server.anonymous().get(ledgerPath({ sku: SKU }))).status).toBe(401);
  });
});
