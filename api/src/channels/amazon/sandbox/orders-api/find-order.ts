// The order an Orders v0 path names: 400 for an id that is not in Amazon's 3-7-7 format, 404 for an
// unknown one.
import type { SandboxContext } from '../context.js';
import { invalidInput, notFound } from '../http/amazon-answers.js';
import { AMAZON_ORDER_ID } from '../orders/order-ids.js';
import type { SandboxOrder } from '../orders/sandbox-order.js';

export function findOrder(ctx: SandboxContext, orderId: string): SandboxOrder {
  if (!AMAZON_ORDER_ID.test(orderId))
    throw invalidInput(`Invalid orderId '${orderId}': expected 3-7-7 format.`);
  const entry = ctx.state.orders.get(orderId);
  if (!entry) throw notFound(`Order ${orderId} was not found.`);
  return entry;
}
