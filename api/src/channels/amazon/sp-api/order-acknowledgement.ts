import { XMLBuilder } from 'fast-xml-parser';
import type { AmazonCancelReason } from '@orderdesk/migrations';

export const ORDER_ACKNOWLEDGEMENT_FEED = 'POST_ORDER_ACKNOWLEDGEMENT_DATA';
export const FEED_CONTENT_TYPE = 'text/xml; charset=UTF-8';

export interface OrderAcknowledgement {
  amazonOrderId: string;
  merchantOrderId?: string;
  /** Failure with a CancelReason on each item cancels the order (the seller's cancellation). */
  statusCode: 'Success' | 'Failure';
  items: { amazonOrderItemCode: string; merchantOrderItemId?: string; cancelReason?: AmazonCancelReason }[];
}

const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  ignoreAttributes: false,
});

/**
 * The POST_ORDER_ACKNOWLEDGEMENT_DATA document: Amazon's envelope with one OrderAcknowledgement message
 * per order, elements in the order OrderAcknowledgement_rev7.xsd requires.
 */
export function buildOrderAcknowledgementFeed(
  merchantIdentifier: string,
  acknowledgements: OrderAcknowledgement[],
): string {
  const envelope = {
    AmazonEnvelope: {
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:noNamespaceSchemaLocation': 'amzn-envelope.xsd',
      Header: { DocumentVersion: '1.01', MerchantIdentifier: merchantIdentifier },
      MessageType: 'OrderAcknowledgement',
      Message: acknowledgements.map((ack, index) => ({
        MessageID: index + 1,
        OrderAcknowledgement: {
          AmazonOrderID: ack.amazonOrderId,
          ...(ack.merchantOrderId ? { MerchantOrderID: ack.merchantOrderId } : {}),
          StatusCode: ack.statusCode,
          Item: ack.items.map((item) => ({
            AmazonOrderItemCode: item.amazonOrderItemCode,
            ...(item.merchantOrderItemId ? { MerchantOrderItemID: item.merchantOrderItemId } : {}),
            ...(item.cancelReason ? { CancelReason: item.cancelReason } : {}),
          })),
        },
      })),
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(envelope)}`;
}
