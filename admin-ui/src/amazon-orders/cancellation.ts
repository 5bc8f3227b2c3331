import type { AmazonOrder, AmazonOrderStatus, CancellationState } from '../types';

/** How often Amazon Order Details re-reads an order whose cancellation waits for Amazon's answer. */
export const CANCELLATION_POLL_MS = 2_000;

/** What decides whether an order may still be canceled, from an Amazon order or a Commerce order's view of it. */
export interface CancelFacts {
  status: AmazonOrderStatus | null;
  itemsShipped: number | null;
  cancellationState: CancellationState | null;
  canceled: boolean;
}

export const cancelFactsOf = (order: AmazonOrder): CancelFacts => ({
  status: order.status,
  itemsShipped: order.items_shipped,
  cancellationState: order.cancellation_state,
  canceled: order.canceled_at != null,
});

/**
 * The API's rule (product.md section 5): only an Unshipped order with nothing shipped and no cancellation
 * pending. A confirmed cancellation keeps Amazon's status Unshipped until a sync reads Canceled, so it
 * counts as done; a refused one may be asked again.
 */
export const mayRequestCancel = (facts: CancelFacts): boolean =>
  facts.status === 'Unshipped' &&
  facts.itemsShipped === 0 &&
  facts.cancellationState !== 'requested' &&
  facts.cancellationState !== 'confirmed' &&
  !facts.canceled;

/** A cancellation sent to Amazon whose answer is still coming (not one that waits for Retry). */
export const awaitsAmazonAnswer = (
  order: Pick<AmazonOrder, 'cancellation_state' | 'cancellation_retryable'>,
) => order.cancellation_state === 'requested' && !order.cancellation_retryable;

/** react-query's refetchInterval for the details page: poll while Amazon's answer is awaited. */
export const pollWhileAwaitingAmazon = (query: { state: { data?: AmazonOrder } }): number | false =>
  query.state.data && awaitsAmazonAnswer(query.state.data) ? CANCELLATION_POLL_MS : false;

/** The buyer asked to cancel and the order is not canceled (nor being canceled) yet: staff should act. */
export const buyerRequestOpen = (order: AmazonOrder): boolean =>
  order.buyer_cancel_requested &&
  order.canceled_at == null &&
  order.cancellation_state !== 'requested' &&
  order.cancellation_state !== 'confirmed';
