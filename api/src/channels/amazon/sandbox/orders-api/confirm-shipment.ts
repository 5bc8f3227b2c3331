// confirmShipment: the seller says which units left in which package. Valid confirmations move
// QuantityShipped, the order's item counts and its status (PartiallyShipped or Shipped); a confirmation
// Amazon would refuse (unknown item, more than remains, an order not yet paid or cancelled) is a 400.
import { z } from 'zod';
import { parseIsoDate } from '../amazon/iso-time.js';
import type { SandboxContext } from '../context.js';
import { invalidInput, type SpAnswer } from '../http/amazon-answers.js';
import type { SpCall } from '../http/sp-operation.js';
import { OrderRuleError, shipUnits } from '../orders/order-lifecycle.js';
import { findOrder } from './find-order.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const confirmShipmentSchema = z.object({
  marketplaceId: z.string().min(1),
  codCollectionMethod: z.enum(['DirectPayment']).optional(),
  packageDetail: z.object({
    packageReferenceId: z.string().regex(/^[1-9]\d*$/, 'must be a positive number'),
    carrierCode: z.string().min(1),
    carrierName: z.string().optional(),
    shippingMethod: z.string().optional(),
    trackingNumber: z.string().min(1),
    shipDate: z
      .string()
      .refine(
        (v) => RFC3339.test(v) && parseIsoDate(v.replace(/\.\d+/, '')) !== null,
        'must be an ISO 8601 date-time',
      ),
    shipFromSupplySourceId: z.string().optional(),
    orderItems: z
      .array(
        z.object({
          orderItemId: z.string().min(1),
          quantity: z.number().int(),
          transparencyCodes: z.array(z.string()).optional(),
        }),
      )
      .min(1),
  }),
});

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

export function confirmShipment(ctx: SandboxContext, orderId: string, call: SpCall): SpAnswer {
  const parsed = confirmShipmentSchema.safeParse(call.body);
  if (!parsed.success) throw invalidInput(`Invalid request body. ${describe(parsed.error)}`);
  const request = parsed.data;
  const entry = findOrder(ctx, orderId);
  if (request.marketplaceId !== entry.order.MarketplaceId) {
    throw invalidInput(`Order ${orderId} does not belong to marketplace ${request.marketplaceId}.`);
  }
  if (entry.order.FulfillmentChannel === 'AFN') {
    throw invalidInput(
      `Order ${orderId} is fulfilled by Amazon; only seller-fulfilled orders are confirmed.`,
    );
  }
  try {
    shipUnits(entry, request.packageDetail.orderItems, call.nowMs);
  } catch (error) {
    if (error instanceof OrderRuleError) throw invalidInput(error.message);
    throw error;
  }
  ctx.state.recordShipment({
    amazonOrderId: orderId,
    marketplaceId: request.marketplaceId,
    packageDetail: request.packageDetail,
    ...(request.codCollectionMethod ? { codCollectionMethod: request.codCollectionMethod } : {}),
    receivedAt: new Date(call.nowMs).toISOString(),
    requestId: call.requestId,
  });
  return { status: 204 };
}
