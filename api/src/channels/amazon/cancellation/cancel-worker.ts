import type { Knex } from 'knex';
import { completeCommand, failCommand, type OutboxCommand } from '../../../outbox/outbox-repository.js';
import type { ImportServices } from '../import/import-actions.js';
import type { SpApiClient } from '../sp-api/client.js';
import { spApiClientForStore, type ConnectorDeps, type StoreConnection } from '../stores/sp-api-client.js';
import { cancelOrderPayloadSchema } from './cancel-command.js';
import { submitCancellation, type SubmitCancellationOptions } from './cancel-feed.js';
import { CancellationFeedError } from './cancel-feed-error.js';
import { applyCancellationOutcome } from './cancel-outcome.js';
import { feedSubmissionRecorder, findUnansweredFeed } from './feed-submissions-repository.js';

export interface CancelWorkerDeps extends ConnectorDeps {
  services: ImportServices;
  /** Feed polling pace (tests shorten it). */
  feedPolling?: Pick<SubmitCancellationOptions, 'pollIntervalMs' | 'maxPollIntervalMs' | 'maxWaitMs'>;
}

type StoreRow = StoreConnection & { seller_id: string; marketplace_id: string };

/**
 * Runs one claimed `amazon.cancel_order` command: sends the cancellation feed (or resumes the one an
 * earlier try created), then applies Amazon's answer. A failure to get an answer is retried with backoff
 * by the outbox, and after the last attempt waits for staff to retry it; the order then says so.
 */
export async function runCancelCommand(deps: CancelWorkerDeps, command: OutboxCommand): Promise<void> {
  const { knex } = deps;
  const orderRowId = Number(command.aggregate_id);
  const payload = cancelOrderPayloadSchema.parse(command.payload);
  const order = await knex('amazon_orders')
    .where({ id: orderRowId })
    .first('cancellation_state', 'canceled_at', 'store_id');
  // A sync may have settled it meanwhile (Amazon shipped it, or it was canceled): nothing to send.
  if (!order || order.cancellation_state !== 'requested' || order.canceled_at) {
    await knex.transaction((trx) =>
      completeCommand(trx, command.id, {
        outcome: 'skipped',
        cancellationState: order?.cancellation_state ?? null,
      }),
    );
    return;
  }
  const store: StoreRow = await knex('amazon_stores').where({ id: order.store_id }).first();
  const client = spApiClientForStore(store, deps, {});
  const earlier = await findUnansweredFeed(knex, command.id);
  try {
    // An earlier try may have created a feed whose id never reached us (its answer was lost, or the
    // worker died): if Amazon has since canceled the order on the seller's word, that feed was ours.
    if (
      !earlier?.feed_id &&
      command.attempts > 1 &&
      (await canceledBySeller(client, payload.amazonOrderId))
    ) {
      await applyCancellationOutcome(
        knex,
        deps.services,
        { id: command.id, orderRowId },
        {
          outcome: 'accepted-earlier',
          feedId: '',
          message: 'Amazon shows the order canceled by the seller: an earlier try went through.',
          resultMessageCode: null,
          processingStatus: 'DONE',
          resultFeedDocumentId: null,
          report: null,
        },
      );
      return;
    }
    const outcome = await submitCancellation(
      client,
      {
        ...payload,
        sellerId: store.seller_id,
        marketplaceId: store.marketplace_id,
        ...(earlier?.feed_id ? { resumeFeedId: earlier.feed_id } : {}),
      },
      {
        ...deps.feedPolling,
        onStep: feedSubmissionRecorder(knex, { storeId: store.id, outboxId: command.id }),
      },
    );
    const alreadyCanceled =
      outcome.outcome === 'refused' &&
      (await canceledBySeller(client, payload.amazonOrderId).catch(() => false));
    await applyCancellationOutcome(
      knex,
      deps.services,
      { id: command.id, orderRowId },
      alreadyCanceled ? { ...outcome, outcome: 'accepted-earlier' } : outcome,
    );
  } catch (error) {
    const retryable = !(error instanceof CancellationFeedError) || error.retryable;
    const message = (error as Error).message;
    const status = await failCommand(knex, command, message, retryable);
    await noteSendingFailure(knex, orderRowId, status, message);
    deps.logger.warn({ err: error, outboxId: command.id, status }, 'cancellation feed failed');
  }
}

/**
 * Whether Amazon shows the order canceled by the seller: an earlier feed of ours went through (a createFeed
 * whose answer was lost, then a retry). A failure to ask is thrown: the try is retried rather than risking
 * a second feed.
 */
async function canceledBySeller(client: SpApiClient, amazonOrderId: string): Promise<boolean> {
  return (await client.orders2026.getCancellation(amazonOrderId)).canceledBy === 'seller';
}

async function noteSendingFailure(
  knex: Knex,
  orderRowId: number,
  status: 'failed' | 'dead',
  message: string,
): Promise<void> {
  const text =
    status === 'dead'
      ? `Could not send the cancellation to Amazon: ${message.replace(/\.$/, '')}. Use Retry to try again.`
      : `Sending the cancellation to Amazon failed (${message}); it will be retried.`;
  await knex('amazon_orders')
    .where({ id: orderRowId, cancellation_state: 'requested' })
    .update({ cancellation_error: text, last_action: text, updated_at: knex.fn.now() });
}
