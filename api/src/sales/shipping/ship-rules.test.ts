import { describe, expect, it } from 'vitest';
import { BadRequestError, ConflictError } from '../../http/errors.js';
import type { ShippableItem } from '../shipments-repository.js';
import { planShipment } from './ship-rules.js';

const item = (id: number, ordered: number, shipped = 0, canceled = 0): ShippableItem => ({
  id,
  sku: `SKU-${id}`,
  qty_ordered: ordered,
  qty_shipped: shipped,
  qty_canceled: canceled,
  amazon_order_item_id: null,
});
const order = (status: 'processing' | 'canceled' | 'closed' | 'holded' | 'complete' = 'processing') => ({
  increment_id: '100000001',
  status,
});

describe('planShipment (Magento canShip and quantities)', () => {
  it('ships everything still open when no quantities are given', () => {
    const lines = planShipment(order(), [item(1, 3, 1), item(2, 2, 0, 2), item(3, 1)]);
    expect(lines.map(({ item: { id }, quantity }) => [id, quantity])).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });

  it('ships the given quantities, skipping lines with qty 0', () => {
    const lines = planShipment(
      order(),
      [item(1, 3), item(2, 2)],
      [
        { order_item_id: 1, qty: 0 },
        { order_item_id: 2, qty: 1 },
      ],
    );
    expect(lines.map(({ item: { id }, quantity }) => [id, quantity])).toEqual([[2, 1]]);
  });

  it('refuses canceled, closed and held orders', () => {
    for (const status of ['canceled', 'closed', 'holded'] as const) {
      expect(() => planShipment(order(status), [item(1, 1)])).toThrow(ConflictError);
    }
    expect(() => planShipment(order('holded'), [item(1, 1)])).toThrow(/on hold/);
  });

  it('refuses more than ordered - shipped - canceled, and an order with nothing left', () => {
    expect(() => planShipment(order(), [item(1, 4, 1, 1)], [{ order_item_id: 1, qty: 3 }])).toThrow(
      /only 2 left to ship/,
    );
    expect(() => planShipment(order('complete'), [item(1, 2, 2)])).toThrow(/nothing left to ship/);
    expect(() => planShipment(order(), [item(1, 2, 1, 1)])).toThrow(/nothing left to ship/);
  });

  it('answers 400 for an item that is not the order’s', () => {
    expect(() => planShipment(order(), [item(1, 1)], [{ order_item_id: 9, qty: 1 }])).toThrow(
      BadRequestError,
    );
  });
});
