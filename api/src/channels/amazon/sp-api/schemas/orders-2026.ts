import { z } from 'zod';

// Edge schemas for the Orders API 2026-01-01 answers we read (getOrder: who cancelled, the buyer's cancel
// request). As for v0: loose objects, enums as plain strings; model-checks.ts proves at compile time that
// every answer Amazon's model allows is accepted here.

export const itemCancellationRequestSchema = z.looseObject({
  /** Model: BUYER. */
  requester: z.string().optional(),
  cancelReason: z.string().optional(),
});

export const itemCancellationExecutionSchema = z.looseObject({
  /** Model: BUYER, MERCHANT, AMAZON. */
  cancelledBy: z.string().optional(),
  cancelReason: z.string().optional(),
});

export const itemCancellationSchema = z.looseObject({
  cancellationRequest: itemCancellationRequestSchema.optional(),
  cancellationExecution: itemCancellationExecutionSchema.optional(),
});

export const itemProduct2026Schema = z.looseObject({
  asin: z.string().optional(),
  title: z.string().optional(),
  sellerSku: z.string().optional(),
});

export const orderItem2026Schema = z.looseObject({
  orderItemId: z.string().min(1),
  quantityOrdered: z.number().int().nonnegative(),
  product: itemProduct2026Schema,
  cancellation: itemCancellationSchema.optional(),
});

export const salesChannel2026Schema = z.looseObject({
  channelName: z.string(),
  marketplaceId: z.string().optional(),
  marketplaceName: z.string().optional(),
});

export const orderFulfillment2026Schema = z.looseObject({
  /** Model: PENDING_AVAILABILITY, PENDING, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED, UNFULFILLABLE. */
  fulfillmentStatus: z.string(),
  fulfilledBy: z.string().optional(),
});

export const order2026Schema = z.looseObject({
  orderId: z.string().min(1),
  createdTime: z.string(),
  lastUpdatedTime: z.string(),
  salesChannel: salesChannel2026Schema,
  fulfillment: orderFulfillment2026Schema.optional(),
  orderItems: z.array(orderItem2026Schema),
});

/** getOrder answers `{order}` (no `payload` wrapper, unlike v0). */
export const getOrder2026ResponseSchema = z.looseObject({ order: order2026Schema });

export type SpOrder2026 = z.infer<typeof order2026Schema>;
export type SpOrderItem2026 = z.infer<typeof orderItem2026Schema>;
