// A staff cancellation sent to Amazon by feed, as Amazon asks: createFeedDocument, upload the
// POST_ORDER_ACKNOWLEDGEMENT_DATA document, createFeed, poll getFeed (backing off) until DONE, FATAL or
// CANCELLED, then read the processing report. The answer is what Amazon decided (accepted or refused, with
// its reason); a failure to get that answer is thrown as a CancellationFeedError the outbox can retry, and
// a retry resumes the feed already created (`resumeFeedId`) instead of sending a second one.
import type { SpApiClient } from '../sp-api/client.js';
import { FEED_CONTENT_TYPE, ORDER_ACKNOWLEDGEMENT_FEED } from '../sp-api/order-acknowledgement.js';
import { cancelCommandSchema, cancellationFeedXml, type CancelCommand } from './cancel-command.js';
import {
  asCancellationError,
  CancellationFeedError,
  type CancellationFailureStage,
} from './cancel-feed-error.js';
import type { CancellationOutcome } from './feed-outcome.js';
import { abortable, outcomeOf, poll, type PollSettings } from './feed-polling.js';

/** The flow's progress, for the caller to persist (amazon_feed_submissions). */
export type CancellationStep =
  | 'document_created' // createFeedDocument answered: { feedDocumentId }
  | 'uploaded' // the document is at Amazon: { feedDocumentId }
  | 'feed_created' // createFeed answered: { feedId, feedDocumentId, processingStatus } (feedId: resume key)
  | 'status' // getFeed showed a new processingStatus (DONE/FATAL/CANCELLED too): { feedId, processingStatus }
  | 'finished'; // Amazon answered: { feedId, processingStatus, resultFeedDocumentId?, outcome }

export interface CancellationStepIds {
  feedId?: string;
  feedDocumentId?: string;
  processingStatus?: string;
  resultFeedDocumentId?: string;
  outcome?: CancellationOutcome;
}

export interface SubmitCancellationOptions {
  /** First wait before getFeed, doubled after each poll up to maxPollIntervalMs. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /** How long to poll before giving up with a retryable FeedTimeout (the feed stays resumable). */
  maxWaitMs?: number;
  /** Awaited at each step; a failure stops the flow with a retryable StepFailed error carrying the feedId. */
  onStep?: (step: CancellationStep, ids: CancellationStepIds) => void | Promise<void>;
  /** Stops polling (shutdown): a retryable Aborted error carrying the feedId. */
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Amazon usually processes an order acknowledgement feed within minutes; getFeed's plan (2/s, burst 15)
 * allows far more than this pace. Ten minutes of polling, then the outbox retries later by resuming.
 */
export const CANCEL_FEED_DEFAULTS = {
  pollIntervalMs: 15_000,
  maxPollIntervalMs: 120_000,
  maxWaitMs: 10 * 60_000,
} as const;

/**
 * Sends the cancellation (or resumes `command.resumeFeedId`) and answers what Amazon decided. Throws only
 * CancellationFeedError: `retryable` for transport failures, throttling, timeouts and unreadable reports.
 */
export async function submitCancellation(
  client: SpApiClient,
  command: CancelCommand,
  options: SubmitCancellationOptions = {},
): Promise<CancellationOutcome> {
  const parsed = cancelCommandSchema.safeParse(command);
  if (!parsed.success) {
    throw new CancellationFeedError({
      message: `Invalid cancel command: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      retryable: false,
      feedId: (command as Partial<CancelCommand> | undefined)?.resumeFeedId ?? null,
      stage: 'command',
      code: 'InvalidCommand',
    });
  }
  const cmd = parsed.data;
  const settings: PollSettings = {
    pollIntervalMs: options.pollIntervalMs ?? CANCEL_FEED_DEFAULTS.pollIntervalMs,
    maxPollIntervalMs: options.maxPollIntervalMs ?? CANCEL_FEED_DEFAULTS.maxPollIntervalMs,
    maxWaitMs: options.maxWaitMs ?? CANCEL_FEED_DEFAULTS.maxWaitMs,
  };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortable;
  let feedId: string | null = cmd.resumeFeedId ?? null;
  let stage: CancellationFailureStage = 'createFeedDocument';

  const step = async (name: CancellationStep, ids: CancellationStepIds) => {
    if (!options.onStep) return;
    try {
      await options.onStep(name, ids);
    } catch (error) {
      throw asCancellationError(error, 'onStep', feedId);
    }
  };
  const checkAborted = () => {
    if (!options.signal?.aborted) return;
    throw new CancellationFeedError({
      message: `Stopped before Amazon answered${feedId ? ` (feed ${feedId})` : ''}`,
      retryable: true,
      feedId,
      stage,
      code: 'Aborted',
    });
  };

  try {
    if (!feedId) {
      const xml = cancellationFeedXml(cmd);
      checkAborted();
      const document = await client.feeds.createFeedDocument(FEED_CONTENT_TYPE);
      const feedDocumentId = document.feedDocumentId;
      await step('document_created', { feedDocumentId });
      stage = 'upload';
      await client.feeds.uploadFeedDocument(document.url, xml, FEED_CONTENT_TYPE);
      await step('uploaded', { feedDocumentId });
      stage = 'createFeed';
      checkAborted();
      const created = await client.feeds.createFeed(
        ORDER_ACKNOWLEDGEMENT_FEED,
        [cmd.marketplaceId],
        feedDocumentId,
      );
      feedId = created.feedId;
      await step('feed_created', { feedId, feedDocumentId, processingStatus: 'IN_QUEUE' });
      // Amazon never finishes a feed at once: wait before the first getFeed.
      await sleep(settings.pollIntervalMs, options.signal);
    }
    stage = 'poll';
    const polled = feedId;
    const feed = await poll(client, polled, settings, {
      now,
      sleep,
      checkAborted,
      signal: options.signal,
      onStatus: (processingStatus) => step('status', { feedId: polled, processingStatus }),
    });
    stage = 'report';
    const outcome = await outcomeOf(client, feed, cmd.amazonOrderId);
    await step('finished', {
      feedId,
      processingStatus: feed.processingStatus,
      ...(feed.resultFeedDocumentId ? { resultFeedDocumentId: feed.resultFeedDocumentId } : {}),
      outcome,
    });
    return outcome;
  } catch (error) {
    throw asCancellationError(error, stage, feedId);
  }
}
