import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers, UPS } from './support/shipments.js';

const ctx = useSandboxedServer();
const { newOrder, ship, commerceOrder } = shipmentHelpers(ctx);

/** The orders the searches look for: who bought them, what, and A's tracking number. */
const BUYERS = {
  a: { name: 'Jane Smith', email: 'Jane.Smith@Example.com', sku: 'OD-MUG-001' },
  b: { name: 'Carlos Gómez', email: 'carlos.gomez@example.org', sku: 'OD-KIT-002' },
  c: { name: 'Ann Pct% Off_Shop', email: 'ann@shop.example', sku: 'OD-HOM-003' },
};
type Key = keyof typeof BUYERS;
const ids = {} as Record<Key, string>;
const increments = {} as Record<Key, string>;
let support: ApiClient;

beforeAll(async () => {
  support = await ctx.server.loginAs('support');
  for (const key of Object.keys(BUYERS) as Key[]) {
    const buyer = BUYERS[key];
    ids[key] = await newOrder([buyer.sku], 1);
    // The sandbox makes its own buyers; these orders get known ones.
    const order = await ctx.server
      .knex('amazon_orders')
      .where({ amazon_order_id: ids[key] })
      .update({ buyer_name: buyer.name, buyer_email: buyer.email })
      .returning('id');
    await ctx.server
      .knex('sales_orders')
      .where({ amazon_order_id: order[0]!.id })
      .update({ customer_name: buyer.name, customer_email: buyer.email });
    increments[key] = (await commerceOrder(ids[key])).increment_id;
  }
  const shipped = await ship(ids.a);
  expect(shipped.status).toBe(201);
});

interface Found {
  ids: string[];
  total: number;
}

/** The Amazon order numbers a grid lists for the filter, and its Content-Range total. */
async function search(grid: 'amazon' | 'commerce', filter: Record<string, unknown>): Promise<Found> {
  const path = grid === 'amazon' ? '/api/amazon-orders' : '/api/orders';
  const res = await support.get<{ id: string; amazon_order_id?: string }[]>(
    `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`,
  );
  expect(res.status, res.text).toBe(200);
  const total = Number(res.headers.get('content-range')?.split('/')[1]);
  const found = res.body.map((row) => (grid === 'amazon' ? row.id : row.amazon_order_id!));
  return { ids: found.sort(), total };
}

const both = async (q: string) => [await search('amazon', { q }), await search('commerce', { q })];
const only = (...keys: Key[]) => ({ ids: keys.map((key) => ids[key]).sort(), total: keys.length });

describe('the search box of both order grids', () => {
  it('finds an order by its Amazon order number, whole or by its start', async () => {
    expect(await both(ids.b)).toEqual([only('b'), only('b')]);
    const start = ids.b.slice(0, 9);
    const sharing = (Object.keys(ids) as Key[]).filter((key) => ids[key].startsWith(start));
    expect(await both(start)).toEqual([only(...sharing), only(...sharing)]);
    // Three digits are every order of a marketplace: too short to be taken as a start.
    expect(await both(ids.b.slice(0, 3))).toEqual([only(), only()]);
  });

  it('finds an order by its Commerce increment id', async () => {
    expect(await both(increments.c)).toEqual([only('c'), only('c')]);
  });

  it('finds a buyer by part of the name, any word order, whatever the case', async () => {
    for (const q of ['smi', 'SMITH', 'mit', 'jane smith', 'Smith Jane', '  jane  '])
      expect(await both(q), q).toEqual([only('a'), only('a')]);
    expect(await both('gómez')).toEqual([only('b'), only('b')]);
    expect(await both('jane gómez')).toEqual([only(), only()]);
  });

  it('finds a buyer by e-mail, whole or by its start, whatever the case', async () => {
    expect(await both('JANE.SMITH@EXAMPLE.COM')).toEqual([only('a'), only('a')]);
    expect(await both('carlos.go')).toEqual([only('b'), only('b')]);
    // Inside an address is not its start.
    expect(await both('example.org')).toEqual([only(), only()]);
  });

  it('finds an order by the SKU of any item, whole and whatever the case', async () => {
    expect(await both('od-kit-002')).toEqual([only('b'), only('b')]);
    expect(await both('OD-KIT')).toEqual([only(), only()]);
  });

  it('finds an order by the tracking number of its shipment, whatever the case', async () => {
    expect(await both(UPS.tracking_number.toLowerCase())).toEqual([only('a'), only('a')]);
  });

  it('finds nothing for what no order holds', async () => {
    for (const q of ['zzzz', 'Smyth', '999-0000000-0000000', 'OD-MUG-999'])
      expect(await both(q), q).toEqual([only(), only()]);
  });

  it('combines the search with the other filters', async () => {
    const mug = await newOrder([BUYERS.a.sku], 1);
    expect(await search('amazon', { q: BUYERS.a.sku })).toEqual({ ids: [ids.a, mug].sort(), total: 2 });
    expect(await search('amazon', { q: BUYERS.a.sku, id: [mug] })).toEqual({ ids: [mug], total: 1 });
    expect(await search('commerce', { q: BUYERS.a.sku, amazon_order_id: ids.a })).toEqual(only('a'));
    expect(await search('commerce', { q: 'smith', status: 'canceled' })).toEqual(only());
    expect(await search('amazon', { q: 'smith', fulfillment_channel: 'MFN' })).toEqual(only('a'));
    expect(await search('amazon', { q: 'smith', fulfillment_channel: 'AFN' })).toEqual(only());
  });

  it('takes %, _ and SQL literally', async () => {
    expect(await both('pct%')).toEqual([only('c'), only('c')]);
    expect(await both('f_s')).toEqual([only('c'), only('c')]);
    // As LIKE wildcards these would match "Ann Pct% Off_Shop" and every order.
    for (const q of ['ff%sh', 'n_p', '%', '_', '%%%', "'; drop table amazon_orders; --", "smith' or '1'='1"])
      expect(await both(q), q).toEqual([only(), only()]);
    expect(await both(ids.a)).toEqual([only('a'), only('a')]);
  });

  it('refuses a search of more than 200 characters, or not text, with a message', async () => {
    expect((await both('x'.repeat(200))).map((found) => found.total)).toEqual([0, 0]);
    for (const path of ['/api/amazon-orders', '/api/orders']) {
      const long = await support.get<{ message: string }>(
        `${path}?filter=${encodeURIComponent(JSON.stringify({ q: 'x'.repeat(201) }))}`,
      );
      expect(long.status).toBe(400);
      expect(long.body.message).toMatch(/q must be a string of at most 200 characters/);
      const object = await support.get(`${path}?filter=${encodeURIComponent('{"q":{"a":1}}')}`);
      expect(object.status).toBe(400);
    }
  });
});
