import { describe, expect, it } from 'vitest';
import { staticExamples } from './reference-models.js';
import {
  getOrderItemsPayloadSchema,
  getOrdersPayloadSchema,
  orderAddressSchema,
  orderBuyerInfoSchema,
  orderSchema,
  payloadOf,
} from './schemas/orders.js';
import { spApiErrorBodySchema } from './schemas/errors.js';

const successSchemas: Record<string, ReturnType<typeof payloadOf>> = {
  getOrders: payloadOf(getOrdersPayloadSchema),
  getOrder: payloadOf(orderSchema),
  getOrderItems: payloadOf(getOrderItemsPayloadSchema),
  getOrderAddress: payloadOf(orderAddressSchema),
  getOrderBuyerInfo: payloadOf(orderBuyerInfoSchema),
};

// confirmShipment succeeds with 204 and no body; its error examples still count.
const examples = staticExamples().filter(
  (example) =>
    example.operationId in successSchemas ||
    (example.operationId === 'confirmShipment' && !example.status.startsWith('2')),
);

describe("the edge schemas read Amazon's static sandbox examples", () => {
  it('covers the examples of every operation the client calls', () => {
    const operations = new Set(examples.map((example) => example.operationId));
    expect([...operations].sort()).toEqual(['confirmShipment', ...Object.keys(successSchemas)].sort());
  });

  it.each(examples.map((example) => [`${example.operationId} ${example.status}`, example] as const))(
    '%s',
    (_name, example) => {
      if (example.status.startsWith('2')) {
        const parsed = successSchemas[example.operationId]!.safeParse(example.response);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      } else {
        expect(spApiErrorBodySchema.safeParse(example.response).success).toBe(true);
      }
    },
  );

  it('accepts an unknown enum value, a missing optional field and an extra field', () => {
    const order = {
      AmazonOrderId: '111-0000001-1234567',
      PurchaseDate: '2026-11-01T10:00:00Z',
      LastUpdateDate: '2026-11-01T10:05:00Z',
      OrderStatus: 'AwaitingPickup',
      FulfillmentChannel: 'SFP',
      ShinyNewField: { nested: true },
    };
    const parsed = orderSchema.parse(order);
    expect(parsed.OrderStatus).toBe('AwaitingPickup');
    expect(parsed).toHaveProperty('ShinyNewField');
  });

  it('refuses an order without its id or dates', () => {
    expect(orderSchema.safeParse({ OrderStatus: 'Shipped' }).success).toBe(false);
  });
});
