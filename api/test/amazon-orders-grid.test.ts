import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { insertBulkOrders, insertOrders, insertStore, type GridOrder } from './support/grid-fixtures.js';
import { demoStoreId } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let support: ApiClient;
let storeA: number;
let storeB: number;

const TRICKY_NAME = 'Ben, "The Buyer"\nSmith';
const fixtures = (a: number, b: number): GridOrder[] => [
  order('111-0000001-0000001', a, 'Unshipped', 'Ana López', '10.00', '2026-01-10T10:00:00Z', {
    number_of_items_unshipped: 2,
    inventory_reserved: true,
    latest_ship_date: '2026-01-12T10:00:00Z',
    last_action: 'Imported',
  }),
  order('111-0000002-0000002', a, 'Pending', TRICKY_NAME, '25.50', '2026-01-11T10:00:00Z'),
  order('111-0000003-0000003', a, 'Shipped', 'Carla Díaz', '99.99', '2026-01-12T10:00:00Z', {
    fulfillment_channel: 'AFN',
  }),
  order('222-0000004-0000004', b, 'Unshipped', 'Dan Ek', '5.00', '2026-01-13T10:00:00Z', {
    buyer_cancel_requested: true,
    number_of_items_unshipped: 1,
  }),
  order('222-0000005-0000005', b, 'Canceled', 'Eva Ruiz', '42.00', '2026-01-14T10:00:00Z'),
  order('222-0000006-0000006', b, 'Unshipped', '=HYPERLINK("http://x")', '300.00', '2026-01-15T10:00:00Z', {
    import_state: 'blocked',
    import_error: 'Unknown SKU OD-NOPE',
    number_of_items_unshipped: 3,
  }),
];

function order(
  id: string,
  store: number,
  status: string,
  buyer: string,
  total: string,
  purchased: string,
  extra: Partial<GridOrder> = {},
): GridOrder {
  return {
    amazon_order_id: id,
    store_id: store,
    status,
    buyer_name: buyer,
    order_total: total,
    fulfillment_channel: 'MFN',
    number_of_items_unshipped: 0,
    inventory_reserved: false,
    purchase_date: purchased,
    ...extra,
  };
}

const param = (value: unknown) => encodeURIComponent(JSON.stringify(value));

async function listIds(filter: object, sort: [string, string] = ['purchase_date', 'ASC'], range = [0, 99]) {
  const res = await support.get<{ id: string }[]>(
    `/api/amazon-orders?filter=${param(filter)}&sort=${param(sort)}&range=${param(range)}`,
  );
  expect(res.status, res.text).toBe(200);
  return res.body.map((row) => row.id);
}

const n = (i: number) => (i <= 3 ? `111-000000${i}-000000${i}` : `222-000000${i}-000000${i}`);
const ids = (...numbers: number[]) => numbers.map(n);

beforeAll(async () => {
  server = await startTestServer();
  storeA = await demoStoreId(server.knex);
  storeB = await insertStore(server.knex, 'Second, "EU" store', 'SELLER-B');
  const internal = await insertOrders(server.knex, fixtures(storeA, storeB));
  await server.knex('sales_orders').insert({
    increment_id: '100000777',
    channel: 'amazon',
    amazon_order_id: internal.get(n(1)),
    currency: 'EUR',
    grand_total: '10.00',
  });
  support = await server.loginAs('support');
});
afterAll(async () => {
  await server?.close();
});

describe('the Amazon orders grid list', () => {
  it('filters by each of the grid filters', async () => {
    expect(await listIds({ status: 'Unshipped' })).toEqual(ids(1, 4, 6));
    expect(await listIds({ status: ['Pending', 'Canceled'] })).toEqual(ids(2, 5));
    expect(await listIds({ store_id: storeB })).toEqual(ids(4, 5, 6));
    expect(
      await listIds({ purchase_date_gte: '2026-01-11T00:00:00Z', purchase_date_lte: '2026-01-13T23:59:59Z' }),
    ).toEqual(ids(2, 3, 4));
    expect(await listIds({ order_total_gte: '10', order_total_lte: '42.00' })).toEqual(ids(1, 2, 5));
    expect(await listIds({ buyer_name: 'díaz' })).toEqual(ids(3));
    expect(await listIds({ amazon_order_id: '222-' })).toEqual(ids(4, 5, 6));
    expect(await listIds({ amazon_order_id: '111-0000002' })).toEqual(ids(2));
    expect(await listIds({ amazon_order_id: '%' })).toEqual([]);
    expect(await listIds({ buyer_cancel_requested: true })).toEqual(ids(4));
    expect(await listIds({ import_state: 'blocked' })).toEqual(ids(6));
    expect(await listIds({ fulfillment_channel: 'AFN' })).toEqual(ids(3));
    expect(await listIds({ store_id: storeA, status: 'Unshipped' })).toEqual(ids(1));
  });

  it('sorts every sortable column over all pages, the row id (order of arrival) breaking ties', async () => {
    expect(await listIds({}, ['order_total', 'DESC'])).toEqual(ids(6, 3, 5, 2, 1, 4));
    expect(await listIds({}, ['order_total', 'ASC'], [1, 2])).toEqual(ids(1, 2));
    expect(await listIds({ store_id: storeA }, ['buyer_name', 'DESC'])).toEqual(ids(3, 2, 1));
    expect(await listIds({}, ['status', 'ASC'])).toEqual(ids(5, 2, 3, 1, 4, 6));
    expect(await listIds({}, ['store_id', 'DESC'])).toEqual(ids(6, 5, 4, 3, 2, 1));
    expect(await listIds({}, ['items_unshipped', 'DESC'])).toEqual(ids(6, 1, 4, 5, 3, 2));
    expect(await listIds({}, ['reserved', 'DESC'])).toEqual(ids(1, 6, 5, 4, 3, 2));
    expect(await listIds({}, ['fulfillment_channel', 'ASC'])).toEqual(ids(3, 1, 2, 4, 5, 6));
    expect(await listIds({}, ['purchase_date', 'DESC'])).toEqual(ids(6, 5, 4, 3, 2, 1));
    expect(await listIds({}, ['id', 'ASC'])).toEqual(ids(1, 2, 3, 4, 5, 6));
  });

  it('answers the columns the grid shows, the Commerce order number among them', async () => {
    const res = await support.get<Record<string, unknown>[]>(
      `/api/amazon-orders?filter=${param({ id: [n(1)] })}`,
    );
    expect(res.body[0]).toMatchObject({
      id: n(1),
      store_id: storeA,
      commerce_increment_id: '100000777',
      items_unshipped: 2,
      reserved: true,
      fulfillment_channel: 'MFN',
      last_action: 'Imported',
    });
  });

  it('refuses unknown filter and sort fields with a 400 naming them', async () => {
    const badFilter = await support.get<{ message: string }>(
      `/api/amazon-orders?filter=${param({ nope: 1 })}`,
    );
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.message).toContain('"nope"');
    const badSort = await support.get<{ message: string }>(
      `/api/amazon-orders?sort=${param(['raw', 'ASC'])}`,
    );
    expect(badSort.status).toBe(400);
    expect(badSort.body.message).toContain('"raw"');
  });
});

describe('GET /api/amazon-orders/status-counts', () => {
  it('counts every status under the filter, whatever status the filter names', async () => {
    const all = await support.get(`/api/amazon-orders/status-counts`);
    expect(all.status).toBe(200);
    expect(all.body).toEqual({
      total: 6,
      statuses: {
        Pending: 1,
        Unshipped: 3,
        PartiallyShipped: 0,
        Shipped: 1,
        Canceled: 1,
        Unfulfillable: 0,
        InvoiceUnconfirmed: 0,
        PendingAvailability: 0,
      },
      approximate: {},
    });
    const storeOnly = await support.get<{ total: number; statuses: Record<string, number> }>(
      `/api/amazon-orders/status-counts?filter=${param({ store_id: storeB, status: 'Unshipped' })}`,
    );
    expect(storeOnly.body.total).toBe(3);
    expect(storeOnly.body.statuses).toMatchObject({ Unshipped: 2, Canceled: 1, Pending: 0, Shipped: 0 });
  });

  it('refuses a bad filter with a 400 and answers no one without a session', async () => {
    expect((await support.get(`/api/amazon-orders/status-counts?filter=${param({ nope: 1 })}`)).status).toBe(
      400,
    );
    expect((await support.get(`/api/amazon-orders/status-counts?filter=not-json`)).status).toBe(400);
    expect((await server.anonymous().get('/api/amazon-orders/status-counts')).status).toBe(401);
  });
});

describe('GET /api/amazon-orders/export.csv', () => {
  const exportCsv = (filter: object, sort?: [string, string]) =>
    support.get<string>(
      `/api/amazon-orders/export.csv?filter=${param(filter)}${sort ? `&sort=${param(sort)}` : ''}`,
    );

  it('streams the filtered set in the asked order as an attachment, escaping what CSV must', async () => {
    const res = await exportCsv({ store_id: storeA }, ['purchase_date', 'ASC']);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="amazon-orders-[\d-]+\.csv"$/,
    );
    expect(res.headers.get('content-length')).toBeNull();
    const text = res.text.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe(
      'amazon_order_id,store_id,store_name,commerce_increment_id,buyer_name,buyer_email,status,order_total,' +
        'currency,fulfillment_channel,items_shipped,items_unshipped,reserved,purchase_date,latest_ship_date,' +
        'last_update_date,import_state,import_error,cancellation_state,buyer_cancel_requested,last_action',
    );
    expect(text).toContain(
      `${n(1)},${storeA},Demo`, // the demo store's name starts with Demo
    );
    expect(text).toContain(
      ',100000777,Ana López,111-0000001-0000001@marketplace.amazon.example,Unshipped,10.00,EUR,MFN,0,2,true,' +
        '2026-01-10T10:00:00.000Z,2026-01-12T10:00:00.000Z,2026-01-10T10:00:00.000Z,not_imported,,none,false,Imported\n',
    );
    expect(text).toContain(',"Ben, ""The Buyer""\nSmith",');
    const order = [n(1), n(2), n(3)].map((id) => text.indexOf(`${id},`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).not.toContain('222-');
  });

  it('defuses formulas and quotes store names with commas', async () => {
    const text = (await exportCsv({ import_state: 'blocked' })).text;
    expect(text).toContain(`${n(6)},${storeB},"Second, ""EU"" store",,"'=HYPERLINK(""http://x"")",`);
    expect(text).toContain(',blocked,Unknown SKU OD-NOPE,');
  });

  it('refuses unknown filter and sort fields with a JSON 400', async () => {
    const badFilter = await exportCsv({ nope: true });
    expect(badFilter.status).toBe(400);
    expect(badFilter.headers.get('content-type')).toContain('application/json');
    expect((await exportCsv({}, ['nope', 'ASC'])).status).toBe(400);
  });

  it('exports every row of a set larger than a page (1,000 rows), in order', async () => {
    const bulkStore = await insertStore(server.knex, 'Bulk store', 'SELLER-BULK');
    await insertBulkOrders(server.knex, bulkStore, 2_345);
    const res = await exportCsv({ store_id: bulkStore }, ['purchase_date', 'DESC']);
    expect(res.status).toBe(200);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2_346);
    const numbers = lines.slice(1).map((line) => line.slice(0, line.indexOf(',')));
    expect(numbers[0]).toBe('BULK-002345');
    expect(numbers.at(-1)).toBe('BULK-000001');
    expect(new Set(numbers).size).toBe(2_345);
  });

  it('frees its database connection when the client goes away midway', async () => {
    // More abandoned exports than the pool has connections: a leaked cursor transaction would starve it.
    for (let i = 0; i < 6; i += 1) {
      const controller = new AbortController();
      const res = await fetch(`${server.url}/api/amazon-orders/export.csv`, {
        headers: { cookie: support.sessionCookie! },
        signal: controller.signal,
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      await reader.read();
      controller.abort();
    }
    const counts = await support.get<{ total: number }>('/api/amazon-orders/status-counts');
    expect(counts.status).toBe(200);
    expect(counts.body.total).toBeGreaterThan(2_345);
  });
});
