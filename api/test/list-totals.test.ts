import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { insertBulkOrders, insertOrders, insertStore } from './support/grid-fixtures.js';
import { demoStoreId } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// Lists count exactly up to a limit (10,000; 20 here, searches a tenth of it: 2), then answer PostgreSQL's
// estimate and say so in X-Total-Approximate. Page rows are right whatever the total.
const LIMIT = 20;

let server: TestServer;
let support: ApiClient;
let bulkStore: number;

const param = (value: unknown) => encodeURIComponent(JSON.stringify(value));

interface Listed {
  ids: string[];
  total: number;
  approximate: string | null;
}

async function list(path: string, filter: object, sort?: [string, string], range = [0, 24]): Promise<Listed> {
  const sorted = sort ? `&sort=${param(sort)}` : '';
  const res = await support.get<{ id: string | number; increment_id?: string }[]>(
    `${path}?filter=${param(filter)}${sorted}&range=${param(range)}`,
  );
  expect(res.status, res.text).toBe(200);
  return {
    ids: res.body.map((row) => String(row.increment_id ?? row.id)),
    total: Number(res.headers.get('content-range')?.split('/')[1]),
    approximate: res.headers.get('x-total-approximate'),
  };
}

const bulk = (i: number) => `BULK-${String(i).padStart(6, '0')}`;
/** Bulk order numbers from `from` down to `to`: the newest first. */
const newestFirst = (from: number, to: number) =>
  Array.from({ length: from - to + 1 }, (_, i) => bulk(from - i));

beforeAll(async () => {
  server = await startTestServer({ listExactCountLimit: LIMIT });
  bulkStore = await insertStore(server.knex, 'Bulk store', 'SELLER-BULK');
  // 60 Shipped orders of one store, purchased a minute apart, buyers "Bulk buyer 1"...
  await insertBulkOrders(server.knex, bulkStore, 60);
  const store = await demoStoreId(server.knex);
  await insertOrders(
    server.knex,
    ['Ana Alpha', 'Bea Beta', 'Cid Gamma'].map((buyer, i) => ({
      amazon_order_id: `333-000000${i}-000000${i}`,
      store_id: store,
      status: 'Unshipped',
      buyer_name: buyer,
      order_total: '10.00',
      fulfillment_channel: 'MFN' as const,
      number_of_items_unshipped: 1,
      inventory_reserved: false,
      purchase_date: `2026-03-0${i + 1}T10:00:00Z`,
    })),
  );
  await server.knex('sales_orders').insert(
    Array.from({ length: 30 }, (_, i) => ({
      increment_id: `W${String(i + 1).padStart(3, '0')}`,
      channel: 'web',
      currency: 'EUR',
      created_at: new Date(Date.UTC(2026, 0, 1, 0, i)),
    })),
  );
  // What the planner knows: the statistics of the rows so far.
  await server.knex.raw('analyze amazon_orders');
  await server.knex.raw('analyze sales_orders');
  support = await server.loginAs('support');
});
afterAll(async () => {
  await server?.close();
});

describe('list totals', () => {
  it('counts up to the limit exactly, and says nothing more', async () => {
    const found = await list('/api/amazon-orders', { status: 'Unshipped' });
    expect(found).toMatchObject({ total: 3, approximate: null });
    expect(found.ids).toHaveLength(3);
  });

  it("past the limit answers the planner's estimate, marked as one, and the right page", async () => {
    const found = await list('/api/amazon-orders', { store_id: bulkStore }, ['purchase_date', 'DESC']);
    expect(found.approximate).toBe('estimate');
    // Freshly analyzed, the estimate of a whole store is its count.
    expect(found.total).toBe(60);
    expect(found.ids).toEqual(newestFirst(60, 36));
    const last = await list(
      '/api/amazon-orders',
      { store_id: bulkStore },
      ['purchase_date', 'DESC'],
      [50, 74],
    );
    expect(last.ids).toEqual(newestFirst(10, 1));
  });

  it('says "more than the limit" when the planner guesses fewer rows than were counted', async () => {
    // Rows the statistics have not seen: the planner expects about none of them.
    await server.knex('amazon_orders').where({ store_id: bulkStore }).update({ status: 'Pending' });
    const found = await list('/api/amazon-orders', { status: 'Pending' }, ['purchase_date', 'DESC']);
    expect(found).toMatchObject({ total: LIMIT, approximate: 'at-least' });
    expect(found.ids).toEqual(newestFirst(60, 36));
    await server.knex('amazon_orders').where({ store_id: bulkStore }).update({ status: 'Shipped' });
  });

  it('counts a search exactly up to a tenth of the limit', async () => {
    expect(await list('/api/amazon-orders', { q: 'beta' })).toMatchObject({ total: 1, approximate: null });
    expect(await list('/api/amazon-orders', { q: 'a' })).toMatchObject({ total: 0, approximate: null });
    const many = await list('/api/amazon-orders', { q: 'bulk buyer' }, ['purchase_date', 'DESC'], [25, 49]);
    expect(many.approximate).not.toBeNull();
    expect(many.total).toBeGreaterThanOrEqual(LIMIT / 10);
    expect(many.ids).toEqual(newestFirst(35, 11));
  });

  it('counts a "contains" filter as a search: it checks every match in its row', async () => {
    expect(await list('/api/amazon-orders', { buyer_name: 'beta' })).toMatchObject({
      total: 1,
      approximate: null,
    });
    // "Bulk buyer 1" and "Bulk buyer 10" to "19": 11 orders, under the limit (20) but past a tenth of it (2).
    const some = await list('/api/amazon-orders', { buyer_name: 'bulk buyer 1' }, ['purchase_date', 'DESC']);
    expect(some.ids).toHaveLength(11);
    expect(some.approximate).not.toBeNull();
    const none = await list('/api/amazon-orders', { buyer_name: 'bulk buyer', store_id: -1 });
    expect(none).toMatchObject({ total: 0, approximate: null, ids: [] });
  });

  it('counts the Commerce grid the same way, with its Amazon order numbers joined to the page only', async () => {
    const found = await list('/api/orders', { channel: 'web' }, ['created_at', 'DESC'], [25, 49]);
    expect(found.approximate).toBe('estimate');
    expect(found.total).toBe(30);
    expect(found.ids).toEqual(['W005', 'W004', 'W003', 'W002', 'W001']);
    expect(await list('/api/orders', { increment_id: 'W007' })).toMatchObject({ ids: ['W007'], total: 1 });
  });

  it('counts the status tabs the same way: past the limit, big statuses are estimates', async () => {
    const counts = async (filter: object) => {
      const res = await support.get<Record<string, unknown>>(
        `/api/amazon-orders/status-counts?filter=${param(filter)}`,
      );
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    const store = await demoStoreId(server.knex);
    expect(await counts({ store_id: store, status: 'Shipped' })).toMatchObject({
      total: 3,
      statuses: { Unshipped: 3, Shipped: 0 },
      approximate: {},
    });
    // 63 orders: past the limit (20); each status counted up to a tenth of it (2), then estimated (from
    // fresh statistics: the earlier test's updates left dead rows that the planner counts in).
    await server.knex.raw('vacuum analyze amazon_orders');
    expect(await counts({})).toMatchObject({
      total: 63,
      statuses: { Shipped: 60, Unshipped: 3, Pending: 0 },
      approximate: { total: 'estimate', Shipped: 'estimate', Unshipped: 'estimate' },
    });
    // A search past its limit: the statuses of the matches it read, scaled to its estimate, all approximate.
    const searched = (await counts({ q: 'bulk buyer' })) as {
      statuses: Record<string, number>;
      approximate: Record<string, string>;
    };
    for (const key of ['total', 'Shipped', 'Unshipped', 'Pending'])
      expect(searched.approximate[key], key).toMatch(/^(estimate|at-least)$/);
    expect(searched.statuses.Shipped).toBeGreaterThanOrEqual(LIMIT / 10);
    expect(searched.statuses.Unshipped).toBe(0);
  });
});
