import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';

const ctx = useSandboxedServer();

interface Figure {
  count: number;
  filter: Record<string, unknown>;
}
interface Dashboard {
  time_zone: string;
  today_start: string;
  headlines: Record<
    'purchased_today' | 'awaiting_shipment' | 'buyer_cancel_requests' | 'import_errors',
    Figure
  >;
  stores: {
    store_id: number;
    name: string;
    last_run: { id: number; status: string; orders_seen: number; created: number; blocked: number } | null;
  }[];
  recent_orders: {
    id: string;
    purchase_date: string;
    status: string;
    buyer_name: string | null;
    order_total: string | null;
    currency: string | null;
    notes: string | null;
  }[];
}

let support: ApiClient;
let ids: Record<string, string>;
let lastRun: Awaited<ReturnType<typeof syncOnce>>;

/** One order made on "Amazon" `ageSeconds` ago (past the 2-minute rule, so the next sync sees it). */
async function amazonOrder(ageSeconds: number, body: Record<string, unknown>): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    fulfillment_channel: 'MFN',
    skus: ['OD-MUG-001'],
    age_seconds: ageSeconds,
    brief: true,
    ...body,
  });
  return order_ids[0]!;
}

const dashboard = async (client: ApiClient = support, query = '') => {
  const res = await client.get<Dashboard>(`/api/dashboard${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
};

/** The Amazon orders grid's total for a filter, as Content-Range says it. */
async function gridTotal(filter: Record<string, unknown>): Promise<number> {
  const res = await support.get(
    `/api/amazon-orders?range=[0,0]&filter=${encodeURIComponent(JSON.stringify(filter))}`,
  );
  expect(res.status, res.text).toBe(200);
  return Number(res.headers.get('content-range')?.split('/')[1]);
}

beforeAll(async () => {
  // Twelve orders, each a few seconds older than the one before, so "the 10 latest" is well defined.
  ids = {
    unshipped1: await amazonOrder(150, { status: 'Unshipped' }),
    unshipped2: await amazonOrder(155, { status: 'Unshipped' }),
    partly: await amazonOrder(160, { status: 'PartiallyShipped', quantity: 2 }),
    fba: await amazonOrder(165, { status: 'Pending', fulfillment_channel: 'AFN' }),
    shipped: await amazonOrder(170, { status: 'Shipped' }),
    blocked: await amazonOrder(175, { status: 'Unshipped', skus: ['NO-SUCH-SKU'] }),
    buyerAsks: await amazonOrder(180, { status: 'Unshipped' }),
    pending: await amazonOrder(185, { status: 'Pending' }),
    canceled: await amazonOrder(190, { status: 'Canceled', by: 'buyer' }),
    shipped2: await amazonOrder(195, { status: 'Shipped' }),
    lastWeek: await amazonOrder(7 * 86_400, { status: 'Unshipped' }),
    twoWeeksAgo: await amazonOrder(14 * 86_400, { status: 'Shipped' }),
  };
  await ctx.sandbox.control(`/_sandbox/orders/${ids.buyerAsks}/buyer-cancel-request`, {
    reason: 'Changed my mind',
    age_seconds: 140,
  });
  lastRun = await syncOnce(ctx.server.services.sync, ctx.storeId);
  expect(lastRun.status).toBe('succeeded');
  support = await ctx.server.loginAs('support');
});

describe('GET /api/dashboard', () => {
  it('counts what waits for the seller, each figure exactly what the grid lists with its filter', async () => {
    const { headlines } = await dashboard();
    // MFN Unshipped or PartiallyShipped: two plain ones, the partly shipped, the blocked, the one the buyer
    // wants canceled and last week's (not the FBA order, not Pending, Shipped or Canceled).
    expect(headlines.awaiting_shipment.count).toBe(6);
    expect(headlines.import_errors.count).toBe(1);
    expect(headlines.buyer_cancel_requests.count).toBe(1);
    for (const [name, figure] of Object.entries(headlines)) {
      expect(await gridTotal(figure.filter), name).toBe(figure.count);
    }
    const blocked = await gridListIds(headlines.import_errors.filter);
    expect(blocked).toEqual([ids.blocked]);
    expect(await gridListIds(headlines.buyer_cancel_requests.filter)).toEqual([ids.buyerAsks]);
  });

  it("counts today's orders from midnight in the asked time zone", async () => {
    const body = await dashboard(support, '?tz=Europe/Madrid');
    expect(body.time_zone).toBe('Europe/Madrid');
    const start = new Date(body.today_start);
    expect(localTime(start, 'Europe/Madrid')).toMatchObject({ hour: '00', minute: '00' });
    expect(localTime(start, 'Europe/Madrid').date).toBe(localTime(new Date(), 'Europe/Madrid').date);
    const madeToday = await ctx.server
      .knex('amazon_orders')
      .where('purchase_date', '>=', start)
      .pluck('amazon_order_id');
    expect(body.headlines.purchased_today.count).toBe(madeToday.length);
    expect(madeToday).not.toContain(ids.lastWeek);
    expect(madeToday).not.toContain(ids.twoWeeksAgo);
    // UTC+14 and UTC-12 are a day apart at any moment: their midnights differ.
    const east = await dashboard(support, '?tz=Pacific/Kiritimati');
    const west = await dashboard(support, '?tz=Etc/GMT%2B12');
    expect(new Date(west.today_start).getTime()).not.toBe(new Date(east.today_start).getTime());
    expect((await dashboard()).time_zone).toBe('UTC');
  });

  it('lists the 10 latest Amazon orders, newest first, with notes from the import error or the last action', async () => {
    const { recent_orders } = await dashboard();
    expect(recent_orders).toHaveLength(10);
    const newest = await ctx.server
      .knex('amazon_orders')
      .orderBy([
        { column: 'purchase_date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(10)
      .pluck('amazon_order_id');
    expect(recent_orders.map((order) => order.id)).toEqual(newest);
    expect(newest).not.toContain(ids.lastWeek);
    const dates = recent_orders.map((order) => Date.parse(order.purchase_date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const blocked = recent_orders.find((order) => order.id === ids.blocked)!;
    const stored = await ctx.server.knex('amazon_orders').where({ amazon_order_id: ids.blocked }).first();
    expect(stored.import_error).toMatch(/NO-SUCH-SKU/);
    expect(blocked).toMatchObject({ status: 'Unshipped', notes: stored.import_error });
    expect(blocked.order_total).toMatch(/^\d+\.\d{2}$/);
    expect(blocked.currency).toMatch(/^[A-Z]{3}$/);
  });

  it("shows each store's last sync with its result counts", async () => {
    const { stores } = await dashboard();
    expect(stores).toHaveLength(1);
    expect(stores[0]).toMatchObject({
      store_id: ctx.storeId,
      last_run: {
        id: lastRun.runId,
        status: 'succeeded',
        orders_seen: lastRun.orders_seen,
        created: lastRun.created,
        blocked: lastRun.blocked,
      },
    });
    expect(lastRun.orders_seen).toBe(12);
  });

  it('moves with the orders: a staff cancellation closes the buyer request', async () => {
    const before = (await dashboard()).headlines;
    const res = await ctx.fulfillment.post(`/api/amazon-orders/${ids.buyerAsks}/cancel`, {
      reason: 'BuyerCanceled',
    });
    expect(res.status, res.text).toBe(202);
    const after = (await dashboard()).headlines;
    expect(after.buyer_cancel_requests.count).toBe(before.buyer_cancel_requests.count - 1);
    expect(await gridTotal(after.buyer_cancel_requests.filter)).toBe(after.buyer_cancel_requests.count);
  });

  it('is open to every role and closed without a session', async () => {
    for (const role of ['admin', 'manager', 'fulfillment']) {
      await dashboard(await ctx.server.loginAs(role));
    }
    expect((await ctx.server.anonymous().get('/api/dashboard')).status).toBe(401);
  });

  it.each([
    ['an unknown zone', '?tz=Mars/Olympus_Mons'],
    ['an offset instead of a zone name', '?tz=%2B01:00'],
    ['a zone given twice', '?tz=UTC&tz=UTC'],
    ['an unknown parameter', '?since=yesterday'],
  ])('refuses %s with 400', async (_what, query) => {
    const res = await support.get<{ code: string; details: { field: string }[] }>(`/api/dashboard${query}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
  });
});

async function gridListIds(filter: Record<string, unknown>): Promise<string[]> {
  const res = await support.get<{ id: string }[]>(
    `/api/amazon-orders?filter=${encodeURIComponent(JSON.stringify(filter))}`,
  );
  return res.body.map((order) => order.id);
}

function localTime(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: parts.hour, minute: parts.minute };
}
