import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { insertOrders } from './support/grid-fixtures.js';
import { demoStoreId } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let support: ApiClient;

const param = (value: unknown) => encodeURIComponent(JSON.stringify(value));

async function increments(filter: object, sort: [string, string] = ['created_at', 'ASC']) {
  const res = await support.get<{ increment_id: string }[]>(
    `/api/orders?filter=${param(filter)}&sort=${param(sort)}&range=${param([0, 99])}`,
  );
  expect(res.status, res.text).toBe(200);
  return res.body.map((row) => row.increment_id);
}

beforeAll(async () => {
  server = await startTestServer();
  const internal = await insertOrders(server.knex, [
    {
      amazon_order_id: '333-0000001-0000001',
      store_id: await demoStoreId(server.knex),
      status: 'Unshipped',
      buyer_name: 'Ana',
      order_total: '30.00',
      fulfillment_channel: 'MFN',
      number_of_items_unshipped: 1,
      inventory_reserved: true,
      purchase_date: '2026-02-03T10:00:00Z',
    },
  ]);
  const order = (increment: string, status: string, total: string, day: string, amazon?: number) => ({
    increment_id: increment,
    status,
    grand_total: total,
    created_at: `2026-02-0${day}T10:00:00Z`,
    channel: amazon ? 'amazon' : 'web',
    amazon_order_id: amazon ?? null,
    currency: 'EUR',
    customer_name: `Customer ${increment}`,
  });
  await server
    .knex('sales_orders')
    .insert([
      order('W1', 'pending', '10.00', '1'),
      order('W2', 'complete', '55.00', '2'),
      order('A3', 'processing', '30.00', '3', internal.get('333-0000001-0000001')),
      order('W4', 'canceled', '5.00', '4'),
    ]);
  support = await server.loginAs('support');
});
afterAll(async () => {
  await server?.close();
});

describe('the Sales > Orders grid', () => {
  it('filters by status, channel, created date range and grand total range', async () => {
    expect(await increments({ status: 'complete' })).toEqual(['W2']);
    expect(await increments({ status: ['pending', 'canceled'] })).toEqual(['W1', 'W4']);
    expect(await increments({ channel: 'amazon' })).toEqual(['A3']);
    expect(
      await increments({ created_at_gte: '2026-02-02T00:00:00Z', created_at_lte: '2026-02-03T23:00:00Z' }),
    ).toEqual(['W2', 'A3']);
    expect(await increments({ grand_total_gte: '10', grand_total_lte: '30' })).toEqual(['W1', 'A3']);
  });

  it('sorts by each sortable column over all pages', async () => {
    expect(await increments({}, ['grand_total', 'DESC'])).toEqual(['W2', 'A3', 'W1', 'W4']);
    expect(await increments({}, ['channel', 'ASC'])).toEqual(['A3', 'W1', 'W2', 'W4']);
    expect(await increments({}, ['status', 'ASC'])).toEqual(['W4', 'W2', 'W1', 'A3']);
    expect(await increments({}, ['increment_id', 'DESC'])).toEqual(['W4', 'W2', 'W1', 'A3']);
  });

  it('answers the Amazon order number of an Amazon order', async () => {
    const res = await support.get<{ amazon_order_id: string | null; channel: string }[]>(
      `/api/orders?filter=${param({ channel: 'amazon' })}`,
    );
    expect(res.body[0]).toMatchObject({ channel: 'amazon', amazon_order_id: '333-0000001-0000001' });
  });

  it('refuses unknown filter and sort fields with a 400', async () => {
    expect((await support.get(`/api/orders?filter=${param({ nope: 1 })}`)).status).toBe(400);
    expect((await support.get(`/api/orders?sort=${param(['amazon_status', 'ASC'])}`)).status).toBe(400);
  });
});
