// confirmShipment moves QuantityShipped, the item counts and the status, and refuses what Amazon refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order, OrderItem } from './amazon/model-types.js';
import type { SandboxOrderView } from './orders/sandbox-order.js';
import { startSandbox, type RunningSandbox } from './test-support/start-sandbox.js';

let s: RunningSandbox;
let token: string;
beforeAll(async () => {
  s = await startSandbox();
  token = await s.token();
});
afterAll(() => s.close());

async function newOrder(body: Record<string, unknown>): Promise<SandboxOrderView> {
  const answer = await s.control<{ orders: SandboxOrderView[] }>('POST', '/orders', {
    count: 1,
    age_seconds: 600,
    ...body,
  });
  expect(answer.status).toBe(201);
  return answer.body.orders[0]!;
}

const confirm = (
  orderId: string,
  lines: { orderItemId: string; quantity: number }[],
  marketplaceId = 'ATVPDKIKX0DER',
) =>
  s.call('POST', `/orders/v0/orders/${orderId}/shipmentConfirmation`, token, {
    marketplaceId,
    packageDetail: {
      packageReferenceId: '1',
      carrierCode: 'DHL',
      trackingNumber: 'JD014600006281230704',
      shipDate: new Date().toISOString(),
      orderItems: lines,
    },
  });

const order = async (id: string) =>
  (await s.call<{ payload: Order }>('GET', `/orders/v0/orders/${id}`, token)).body.payload;
const items = async (id: string) =>
  (await s.call<{ payload: { OrderItems: OrderItem[] } }>('GET', `/orders/v0/orders/${id}/orderItems`, token))
    .body.payload.OrderItems;

describe('confirmShipment', () => {
  it('moves an order to PartiallyShipped, then Shipped', async () => {
    const created = await newOrder({ status: 'Unshipped', skus: ['OD-MUG-001', 'OD-KIT-002'], quantity: 2 });
    const [first, second] = created.items;
    const before = await order(created.AmazonOrderId);
    expect(before).toMatchObject({
      OrderStatus: 'Unshipped',
      NumberOfItemsShipped: 0,
      NumberOfItemsUnshipped: 4,
    });

    expect(
      (await confirm(created.AmazonOrderId, [{ orderItemId: first!.OrderItemId, quantity: 2 }])).status,
    ).toBe(204);
    const partial = await order(created.AmazonOrderId);
    expect(partial).toMatchObject({
      OrderStatus: 'PartiallyShipped',
      NumberOfItemsShipped: 2,
      NumberOfItemsUnshipped: 2,
    });
    expect(Date.parse(partial.LastUpdateDate)).toBeGreaterThan(Date.parse(before.LastUpdateDate));
    expect((await items(created.AmazonOrderId)).map((i) => i.QuantityShipped)).toEqual([2, 0]);

    expect(
      (await confirm(created.AmazonOrderId, [{ orderItemId: second!.OrderItemId, quantity: 2 }])).status,
    ).toBe(204);
    expect(await order(created.AmazonOrderId)).toMatchObject({
      OrderStatus: 'Shipped',
      NumberOfItemsShipped: 4,
      NumberOfItemsUnshipped: 0,
    });
    const shipments = await s.control<{ shipments: { amazonOrderId: string }[] }>('GET', '/shipments');
    expect(shipments.body.shipments.filter((x) => x.amazonOrderId === created.AmazonOrderId)).toHaveLength(2);
  });

  it('refuses over-shipping, unknown items, unpaid and cancelled orders with 400', async () => {
    const created = await newOrder({ status: 'Unshipped', quantity: 1, skus: ['OD-OFF-001'] });
    const itemId = created.items[0]!.OrderItemId;
    const over = await confirm(created.AmazonOrderId, [{ orderItemId: itemId, quantity: 2 }]);
    expect(over.status).toBe(400);
    expect(over.body).toEqual({
      errors: [{ code: 'InvalidInput', message: expect.stringContaining('exceeds') }],
    });
    expect(over.headers.get('x-amzn-ratelimit-limit')).toBe('2');
    expect(
      (await confirm(created.AmazonOrderId, [{ orderItemId: '00000000000000', quantity: 1 }])).status,
    ).toBe(400);
    expect(
      (await confirm(created.AmazonOrderId, [{ orderItemId: itemId, quantity: 1 }], 'A1PA6795UKMFR9')).status,
    ).toBe(400);
    expect((await order(created.AmazonOrderId)).OrderStatus).toBe('Unshipped');

    for (const status of ['Pending', 'Canceled']) {
      const other = await newOrder({ status, fulfillment_channel: 'MFN' });
      const refused = await confirm(other.AmazonOrderId, [
        { orderItemId: other.items[0]!.OrderItemId, quantity: 1 },
      ]);
      expect(refused.status, status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(status);
    }
  });

  it('refuses a malformed body with 400 and an unknown order with 404', async () => {
    const created = await newOrder({ status: 'Unshipped' });
    const bad = await s.call(
      'POST',
      `/orders/v0/orders/${created.AmazonOrderId}/shipmentConfirmation`,
      token,
      {
        marketplaceId: 'ATVPDKIKX0DER',
        packageDetail: { carrierCode: 'UPS' },
      },
    );
    expect(bad.status).toBe(400);
    const missing = await confirm('111-0000000-0000000', [{ orderItemId: '1', quantity: 1 }]);
    expect(missing.status).toBe(404);
  });
});
