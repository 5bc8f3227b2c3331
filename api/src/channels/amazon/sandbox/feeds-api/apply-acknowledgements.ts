// What Amazon does with each OrderAcknowledgement message. Success acknowledges the order (and records the
// MerchantOrderID as its SellerOrderId). Failure cancels the whole order, by the seller, if it is still
// Pending or Unshipped; cancelling an order that has shipped or is already cancelled, an unknown order or
// item, or an Amazon-fulfilled order is an error in the processing report for that message, never an
// HTTP error. A refusal forced by a test (POST /_sandbox/feeds/refuse-next) is such an error too.
import type { SandboxOrder } from '../orders/sandbox-order.js';
import { OrderRuleError, acknowledgeOrder, cancelOrder } from '../orders/order-lifecycle.js';
import type { FeedRefusal } from '../state/feed-store.js';
import type { OrderStore } from '../state/order-store.js';
import type { AcknowledgementMessage } from './order-acknowledgement-feed.js';
import { RESULT_MESSAGE_CODES, type ReportResult } from './processing-report.js';

export interface AcknowledgementOutcome {
  successful: number;
  results: ReportResult[];
}

function error(message: AcknowledgementMessage, code: string, description: string): ReportResult {
  return {
    messageId: message.messageId,
    resultCode: 'Error',
    resultMessageCode: code,
    resultDescription: description,
    ...(message.amazonOrderId ? { amazonOrderId: message.amazonOrderId } : {}),
  };
}

/** The refusal forced for a cancellation of this order, if a test asked for one (it is used up). */
export type TakeRefusal = (amazonOrderId: string) => FeedRefusal | undefined;

/** The error for one message, or undefined when Amazon applied it. */
function applyOne(
  message: AcknowledgementMessage,
  entry: SandboxOrder | undefined,
  atMs: number,
  takeRefusal: TakeRefusal,
) {
  const codes = RESULT_MESSAGE_CODES;
  if (message.schemaError)
    return error(message, codes.schemaError, `XML Parsing Error: ${message.schemaError}`);
  const id = message.amazonOrderId ?? '';
  if (!entry)
    return error(
      message,
      codes.orderNotFound,
      `The order id ${id} was not found in the marketplace of this feed.`,
    );
  const unknownItem = message.items.find(
    (i) => !entry.items.some((it) => it.OrderItemId === i.amazonOrderItemCode),
  );
  if (unknownItem) {
    return error(
      message,
      codes.unknownOrderItem,
      `Order item ${unknownItem.amazonOrderItemCode} is not part of order ${id}.`,
    );
  }
  if (message.statusCode === 'Success') {
    acknowledgeOrder(entry, atMs, message.merchantOrderId);
    return undefined;
  }
  const refusal = takeRefusal(id);
  if (refusal) {
    const why = refusal.message ?? `Order ${id} cannot be canceled at this time.`;
    return error(message, codes.notCancelable, why);
  }
  if (entry.order.FulfillmentChannel === 'AFN') {
    return error(
      message,
      codes.fulfilledByAmazon,
      `Order ${id} is fulfilled by Amazon and cannot be canceled by the seller.`,
    );
  }
  try {
    cancelOrder(entry, 'seller', atMs, message.items.find((i) => i.cancelReason)?.cancelReason);
    return undefined;
  } catch (failure) {
    if (!(failure instanceof OrderRuleError)) throw failure;
    return error(
      message,
      codes.notCancelable,
      `Order ${id} cannot be canceled because its status is ${entry.order.OrderStatus}.`,
    );
  }
}

export function applyAcknowledgements(
  messages: readonly AcknowledgementMessage[],
  orders: OrderStore,
  marketplaceIds: readonly string[],
  atMs: number,
  takeRefusal: TakeRefusal = () => undefined,
): AcknowledgementOutcome {
  const results: ReportResult[] = [];
  for (const message of messages) {
    const found = message.amazonOrderId ? orders.get(message.amazonOrderId) : undefined;
    // A feed only reaches the orders of the marketplaces it was sent to.
    const entry = found && marketplaceIds.includes(found.order.MarketplaceId) ? found : undefined;
    const result = applyOne(message, entry, atMs, takeRefusal);
    if (result) results.push(result);
  }
  return { successful: messages.length - results.length, results };
}
