// What a staff cancellation sends to Amazon: the order, its items and one of Amazon's ten CancelReasons.
// The payload is what the outbox row keeps; the command adds the store's seller and marketplace (and, on a
// retry after a crash, the feed already created) when the worker runs it.
import { z } from 'zod';
import { AMAZON_CANCEL_REASONS } from '@orderdesk/migrations';
import { buildOrderAcknowledgementFeed, type OrderAcknowledgement } from '../sp-api/order-acknowledgement.js';

export const cancelOrderPayloadSchema = z.object({
  amazonOrderId: z.string().min(1),
  /** The Commerce order number, sent as MerchantOrderID. */
  merchantOrderId: z.string().min(1).optional(),
  reason: z.enum(AMAZON_CANCEL_REASONS),
  /** Every item of the order (Amazon cancels the whole order): OrderItemId as AmazonOrderItemCode. */
  items: z
    .array(
      z.object({
        amazonOrderItemCode: z.string().min(1),
        merchantOrderItemId: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

export const cancelCommandSchema = cancelOrderPayloadSchema.extend({
  /** The store's seller id, sent as the envelope's MerchantIdentifier. */
  sellerId: z.string().min(1),
  /** The store's marketplace: the feed reaches only its orders. */
  marketplaceId: z.string().min(1),
  /** A feed created by an earlier try (kept in amazon_feed_submissions): poll it instead of sending another. */
  resumeFeedId: z.string().min(1).optional(),
});

/** What the outbox keeps for an `amazon.cancel_order` command. */
export type CancelOrderPayload = z.infer<typeof cancelOrderPayloadSchema>;
export type CancelCommand = z.infer<typeof cancelCommandSchema>;

/** The seller's cancellation: StatusCode Failure, one Item per order item with the CancelReason. */
export function cancellationAcknowledgement(command: CancelOrderPayload): OrderAcknowledgement {
  return {
    amazonOrderId: command.amazonOrderId,
    ...(command.merchantOrderId ? { merchantOrderId: command.merchantOrderId } : {}),
    statusCode: 'Failure',
    items: command.items.map((item) => ({
      amazonOrderItemCode: item.amazonOrderItemCode,
      ...(item.merchantOrderItemId ? { merchantOrderItemId: item.merchantOrderItemId } : {}),
      cancelReason: command.reason,
    })),
  };
}

/** The POST_ORDER_ACKNOWLEDGEMENT_DATA document for one cancellation. */
export function cancellationFeedXml(command: CancelCommand): string {
  return buildOrderAcknowledgementFeed(command.sellerId, [cancellationAcknowledgement(command)]);
}
