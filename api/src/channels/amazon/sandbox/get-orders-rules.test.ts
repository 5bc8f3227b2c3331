// getOrders' rules, as ordersV0.json states them, and its paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from './amazon/model-types.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

const US = 'ATVPDKIKX0DER';
const ORDERS = '/orders/v0/orders';
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

interface OrdersPayload {
  payload: { Orders: Order[]; NextToken?: string; LastUpdatedBefore?: string; CreatedBefore?: string };
}

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox();
  token = await s.token();
});
afterAll(() => s.close());

const getOrders = (query: string) => s.call<OrdersPayload>('GET', `${ORDERS}?${query}`, token);

async function allPages(query: string): Promise<{ ids: string[]; pages: number; payloads: OrdersPayload[] }> {
  const payloads: OrdersPayload[] = [];
  let answer = await getOrders(query);
  payloads.push(answer.body);
  while (answer.body.payload.NextToken) {
    answer = await getOrders(
      `MarketplaceIds=${US}&NextToken=${encodeURIComponent(answer.body.payload.NextToken)}`,
    );
    expect(answer.status).toBe(200);
    payloads.push(answer.body);
  }
  return {
    ids: payloads.flatMap((p) => p.payload.Orders.map((o) => o.AmazonOrderId)),
    pages: payloads.length,
    payloads,
  };
}

describe('getOrders refuses what Amazon refuses', () => {
  it.each([
    ['no MarketplaceIds', `CreatedAfter=${iso(3_600_000)}`],
    ['neither After', `MarketplaceIds=${US}`],
    [
      'both families',
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&LastUpdatedAfter=${iso(3_600_000)}`,
    ],
    ['mixed family', `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&LastUpdatedBefore=${iso(600_000)}`],
    [
      'LastUpdatedBefore under 2 minutes ago',
      `MarketplaceIds=${US}&LastUpdatedAfter=${iso(3_600_000)}&LastUpdatedBefore=${iso(60_000)}`,
    ],
    [
      'CreatedBefore under 2 minutes ago',
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&CreatedBefore=${iso(100_000)}`,
    ],
    [
      'After later than Before',
      `MarketplaceIds=${US}&LastUpdatedAfter=${iso(600_000)}&LastUpdatedBefore=${iso(900_000)}`,
    ],
    ['After within the last 2 minutes', `MarketplaceIds=${US}&LastUpdatedAfter=${iso(30_000)}`],
    ['MaxResultsPerPage 0', `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&MaxResultsPerPage=0`],
    ['MaxResultsPerPage 101', `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&MaxResultsPerPage=101`],
    ['a date that is not ISO 8601', `MarketplaceIds=${US}&CreatedAfter=yesterday`],
    ['an unknown status', `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&OrderStatuses=Lost`],
    ['an unknown marketplace', `MarketplaceIds=XYZ&CreatedAfter=${iso(3_600_000)}`],
    [
      'SellerOrderId with BuyerEmail',
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&SellerOrderId=1&BuyerEmail=a@b.c`,
    ],
    ['a NextToken that is not one', `MarketplaceIds=${US}&NextToken=garbage`],
  ])('%s -> 400 InvalidInput', async (_name, query) => {
    const answer = await getOrders(query);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ code: 'InvalidInput', message: expect.any(String) }] });
    expect(answer.headers.get('x-amzn-ratelimit-limit')).toBe('0.0167');
  });
});

describe('getOrders finds and pages', () => {
  it('hides a change younger than the cut-off and shows one older than 2 minutes', async () => {
    const fresh = (await s.control<{ order_ids: string[] }>('POST', '/orders', { count: 1, brief: true }))
      .body;
    const settled = (
      await s.control<{ order_ids: string[] }>('POST', '/orders', { count: 1, age_seconds: 300, brief: true })
    ).body;
    const query = `MarketplaceIds=${US}&LastUpdatedAfter=${iso(3_600_000)}&LastUpdatedBefore=${iso(120_000)}`;
    const { ids } = await allPages(query);
    expect(ids).not.toContain(fresh.order_ids[0]);
    expect(ids).toContain(settled.order_ids[0]);
  });

  it('returns every matching order exactly once over NextToken pages, in LastUpdateDate order', async () => {
    await s.control('POST', '/reset');
    for (const age of [400, 500, 600, 700]) {
      await s.control('POST', '/orders', { count: 30, age_seconds: age, status: 'Unshipped' });
    }
    await s.control('POST', '/orders', { count: 10, age_seconds: 450, status: 'Shipped' });
    const before = iso(130_000);
    const { ids, pages, payloads } = await allPages(
      `MarketplaceIds=${US}&LastUpdatedAfter=${iso(3_600_000)}&LastUpdatedBefore=${before}&MaxResultsPerPage=7&OrderStatuses=Unshipped`,
    );
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    expect(pages).toBe(Math.ceil(120 / 7));
    // Every page keeps the first call's cut-off.
    const cutOffs = new Set(payloads.map((p) => p.payload.LastUpdatedBefore));
    expect(cutOffs).toEqual(new Set([before.replace(/\.\d{3}Z$/, 'Z')]));
    const dates = payloads.flatMap((p) => p.payload.Orders.map((o) => o.LastUpdateDate));
    expect([...dates].sort()).toEqual(dates);
  });

  it('orders the Created family by PurchaseDate and answers its CreatedBefore', async () => {
    const answer = await getOrders(
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&MaxResultsPerPage=100`,
    );
    expect(answer.status).toBe(200);
    const { Orders, CreatedBefore, LastUpdatedBefore } = answer.body.payload;
    expect(LastUpdatedBefore).toBeUndefined();
    expect(Date.parse(CreatedBefore!)).toBeLessThanOrEqual(Date.now() - 120_000);
    const dates = Orders.map((o) => o.PurchaseDate);
    expect([...dates].sort()).toEqual(dates);
    expect(answer.body.payload.NextToken).toBeTruthy();
  });

  it('filters by status, channel, ids and buyer e-mail', async () => {
    const all = (await allPages(`MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}`)).payloads.flatMap(
      (p) => p.payload.Orders,
    );
    const one = all[3]!;
    const byId = await getOrders(
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&AmazonOrderIds=${one.AmazonOrderId}`,
    );
    expect(byId.body.payload.Orders.map((o) => o.AmazonOrderId)).toEqual([one.AmazonOrderId]);
    const byEmail = await getOrders(
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&BuyerEmail=${encodeURIComponent(one.BuyerInfo.BuyerEmail!)}`,
    );
    expect(byEmail.body.payload.Orders.map((o) => o.AmazonOrderId)).toEqual([one.AmazonOrderId]);
    const shipped = (
      await allPages(`MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&OrderStatuses=Shipped,Canceled`)
    ).ids;
    expect(shipped).toHaveLength(10);
    const afn = await getOrders(
      `MarketplaceIds=${US}&CreatedAfter=${iso(3_600_000)}&FulfillmentChannels=AFN`,
    );
    expect(afn.body.payload.Orders.every((o) => o.FulfillmentChannel === 'AFN')).toBe(true);
    const otherMarket = await getOrders(`MarketplaceIds=A1PA6795UKMFR9&CreatedAfter=${iso(3_600_000)}`);
    expect(otherMarket.body.payload.Orders).toEqual([]);
  });
});
