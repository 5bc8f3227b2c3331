// NextTokens are opaque to clients. The sandbox's carry what the next page needs: the first call's filters
// and cut-off (getOrders) or the position in the item list (getOrderItems), base64url-encoded JSON.
import { z } from 'zod';
import { FULFILLMENT_CHANNELS, ORDER_STATUSES, PAYMENT_METHODS } from '../amazon/model-types.js';
import { invalidInput } from '../http/amazon-answers.js';

export const ordersQuerySchema = z.object({
  family: z.enum(['created', 'updated']),
  afterMs: z.number(),
  beforeMs: z.number(),
  marketplaceIds: z.array(z.string()),
  statuses: z.array(z.enum(ORDER_STATUSES)).optional(),
  channels: z.array(z.enum(FULFILLMENT_CHANNELS)).optional(),
  paymentMethods: z.array(z.enum(PAYMENT_METHODS)).optional(),
  buyerEmail: z.string().optional(),
  sellerOrderId: z.string().optional(),
  amazonOrderIds: z.array(z.string()).optional(),
  pageSize: z.number().int().min(1).max(100),
});
export type OrdersQuery = z.infer<typeof ordersQuerySchema>;

const cursorSchema = z.object({ key: z.number(), id: z.string() });
export type OrdersCursor = z.infer<typeof cursorSchema>;

const ordersTokenSchema = z.object({ q: ordersQuerySchema, c: cursorSchema });
const itemsTokenSchema = z.object({ o: z.string(), i: z.number().int().min(0) });

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode<T>(token: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
  } catch {
    throw invalidInput('Invalid NextToken.');
  }
}

export function encodeOrdersToken(query: OrdersQuery, cursor: OrdersCursor): string {
  return encode({ q: query, c: cursor });
}

export function decodeOrdersToken(token: string): { query: OrdersQuery; cursor: OrdersCursor } {
  const { q, c } = decode(token, ordersTokenSchema);
  return { query: q, cursor: c };
}

export function encodeItemsToken(amazonOrderId: string, offset: number): string {
  return encode({ o: amazonOrderId, i: offset });
}

/** The offset to continue from; the token must belong to this order. */
export function decodeItemsToken(token: string, amazonOrderId: string): number {
  const { o, i } = decode(token, itemsTokenSchema);
  if (o !== amazonOrderId) throw invalidInput('Invalid NextToken.');
  return i;
}
