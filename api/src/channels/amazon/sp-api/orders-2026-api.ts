import type { CanceledBy } from '@orderdesk/migrations';
import type { Logger } from 'pino';
import type { operations } from './generated/orders-2026-01-01.js';
import { getOrder2026ResponseSchema, type SpOrder2026 } from './schemas/orders-2026.js';
import type { SpApiTransport } from './transport.js';

/**
 * Our name for Orders API 2026-01-01 getOrder. Amazon's operationId is `getOrder`, like v0's; a name of its
 * own keeps its token bucket, its communication errors and the sandbox's faults apart from v0's.
 */
export const GET_ORDER_2026 = 'getOrder2026';

/** The datasets getOrder can add to the order (`includedData`): BUYER, CANCELLATION, FULFILLMENT, ... */
export type OrderIncludedData = NonNullable<
  NonNullable<operations['getOrder']['parameters']['query']>['includedData']
>[number];

/** Who cancelled, on Amazon's side: our `CANCELED_BY` values without `staff` (a cancellation made here). */
export type AmazonCanceledBy = Exclude<CanceledBy, 'staff'>;

/** `cancellationExecution.cancelledBy` (BUYER, AMAZON, MERCHANT) as our values; MERCHANT is the seller. */
export const CANCELED_BY_VALUES: ReadonlyMap<string, AmazonCanceledBy> = new Map([
  ['BUYER', 'buyer'],
  ['AMAZON', 'amazon'],
  ['MERCHANT', 'seller'],
]);

export interface OrderItemCancellation {
  orderItemId: string;
  /** Who cancelled the item; null when it is not cancelled (or Amazon named someone the model does not list). */
  canceledBy: AmazonCanceledBy | null;
  /** `cancellationExecution.cancelReason`, when Amazon gives one. */
  cancelReason: string | null;
  /** The buyer asked to cancel the item (`cancellationRequest` from BUYER). */
  buyerRequestedCancel: boolean;
  /** The buyer's reason (`cancellationRequest.cancelReason`), when given. */
  buyerCancelReason: string | null;
}

/** What Amazon says about an order's cancellation, from its items' `cancellation` (Orders API 2026-01-01). */
export interface OrderCancellation {
  amazonOrderId: string;
  /** `fulfillment.fulfillmentStatus` (CANCELLED, UNSHIPPED, ...), when Amazon sends it. */
  fulfillmentStatus: string | null;
  /**
   * Who cancelled the order: the first item that says so (Amazon cancels whole orders through these
   * paths; items differ only when some were cancelled and others not). Null when no item is cancelled.
   */
  canceledBy: AmazonCanceledBy | null;
  /** The reason that goes with `canceledBy`, when Amazon gives one. */
  cancelReason: string | null;
  /** Some item carries a buyer's cancel request. */
  buyerRequestedCancel: boolean;
  /** The first buyer's cancel reason given on an item. */
  buyerCancelReason: string | null;
  items: OrderItemCancellation[];
  /** Values the model does not list (`cancelledBy`, `requester`), kept for the log. */
  unexpected: { field: string; value: string }[];
}

function canceledByOf(value: string | undefined): AmazonCanceledBy | null {
  return value === undefined ? null : (CANCELED_BY_VALUES.get(value) ?? null);
}

/** Maps an Orders API 2026-01-01 order (read with includedData CANCELLATION) to who cancelled it and why. */
export function cancellationOf(order: SpOrder2026): OrderCancellation {
  const unexpected: { field: string; value: string }[] = [];
  const items = order.orderItems.map((item): OrderItemCancellation => {
    const execution = item.cancellation?.cancellationExecution;
    const request = item.cancellation?.cancellationRequest;
    const canceledBy = canceledByOf(execution?.cancelledBy);
    if (execution?.cancelledBy !== undefined && canceledBy === null)
      unexpected.push({ field: 'cancellationExecution.cancelledBy', value: execution.cancelledBy });
    // The model lists BUYER as the only requester; a request without one is the buyer's too.
    const buyerRequested = request !== undefined && (request.requester ?? 'BUYER') === 'BUYER';
    if (request?.requester !== undefined && !buyerRequested)
      unexpected.push({ field: 'cancellationRequest.requester', value: request.requester });
    return {
      orderItemId: item.orderItemId,
      canceledBy,
      cancelReason: execution?.cancelReason || null,
      buyerRequestedCancel: buyerRequested,
      buyerCancelReason: (buyerRequested && request?.cancelReason) || null,
    };
  });
  const cancelled = items.find((item) => item.canceledBy !== null);
  const requested = items.filter((item) => item.buyerRequestedCancel);
  return {
    amazonOrderId: order.orderId,
    fulfillmentStatus: order.fulfillment?.fulfillmentStatus ?? null,
    canceledBy: cancelled?.canceledBy ?? null,
    cancelReason: cancelled?.cancelReason ?? null,
    buyerRequestedCancel: requested.length > 0,
    buyerCancelReason: requested.find((item) => item.buyerCancelReason !== null)?.buyerCancelReason ?? null,
    items,
    unexpected,
  };
}

/**
 * Orders API 2026-01-01: getOrder, which Orders v0 cannot replace where the product must say who cancelled
 * an order (items carry `cancellation.cancellationExecution.cancelledBy`).
 */
export class Orders2026Api {
  constructor(
    private readonly transport: SpApiTransport,
    private readonly logger: Logger,
  ) {}

  /** The order with the datasets asked for (none: the base order and its items only). */
  async getOrder(orderId: string, includedData: readonly OrderIncludedData[] = []): Promise<SpOrder2026> {
    const { order } = await this.transport.call({
      operation: GET_ORDER_2026,
      method: 'GET',
      path: `/orders/2026-01-01/orders/${encodeURIComponent(orderId)}`,
      query: { includedData: includedData.length > 0 ? includedData : undefined },
      schema: getOrder2026ResponseSchema,
    });
    return order;
  }

  /** Who cancelled the order (buyer, amazon, seller) and the buyer's cancel request, if any. */
  async getCancellation(orderId: string): Promise<OrderCancellation> {
    const cancellation = cancellationOf(await this.getOrder(orderId, ['CANCELLATION', 'FULFILLMENT']));
    if (cancellation.unexpected.length > 0) {
      this.logger.warn(
        { amazonOrderId: cancellation.amazonOrderId, unexpected: cancellation.unexpected },
        'Amazon sent cancellation values the model does not list; read as unknown',
      );
    }
    return cancellation;
  }
}
