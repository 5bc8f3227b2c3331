import { AMAZON_ORDER_STATUSES, FULFILLMENT_CHANNELS } from '@orderdesk/migrations';
import type { SpOrder } from './schemas/orders.js';

const known: { field: keyof SpOrder; values: readonly string[] }[] = [
  { field: 'OrderStatus', values: AMAZON_ORDER_STATUSES },
  { field: 'FulfillmentChannel', values: FULFILLMENT_CHANNELS },
  { field: 'PaymentMethod', values: ['COD', 'CVS', 'Other'] },
  {
    field: 'OrderType',
    values: ['StandardOrder', 'LongLeadTimeOrder', 'Preorder', 'BackOrder', 'SourcingOnDemandOrder'],
  },
];

/**
 * Enum values the models do not list (Amazon adds values over time). They are accepted, and the caller
 * logs them so that someone can teach the product about them.
 */
export function unexpectedOrderValues(order: SpOrder): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  for (const { field, values } of known) {
    const value = order[field];
    if (typeof value === 'string' && !values.includes(value)) found.push({ field, value });
  }
  return found;
}
