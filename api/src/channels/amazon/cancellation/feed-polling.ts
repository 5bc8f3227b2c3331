// Waiting for Amazon's answer to a feed: getFeed with backoff until DONE, FATAL or CANCELLED, then the
// processing report read into an outcome for the one order the cancellation feed names.
import { FEED_PROCESSING_STATUSES, type FeedProcessingStatus } from '@orderdesk/migrations';
import type { SpApiClient } from '../sp-api/client.js';
import { parseProcessingReport, type ProcessingReport } from '../sp-api/processing-report.js';
import type { SpFeed } from '../sp-api/schemas/feeds.js';
import { CancellationFeedError } from './cancel-feed-error.js';
import { outcomeOfFatal, outcomeOfReport, type CancellationOutcome } from './feed-outcome.js';

export interface PollSettings {
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  maxWaitMs: number;
}

const FINAL: ReadonlySet<string> = new Set(['DONE', 'FATAL', 'CANCELLED']);
const KNOWN: ReadonlySet<string> = new Set(FEED_PROCESSING_STATUSES);

/** setTimeout that an abort cuts short. */
export function abortable(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Whether a processingStatus is one the amazon_feed_submissions CHECK accepts. */
export function isFeedProcessingStatus(status: string | undefined): status is FeedProcessingStatus {
  return status !== undefined && KNOWN.has(status);
}

export interface PollContext {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Each new processingStatus, the final one included (before its report is read). */
  onStatus: (processingStatus: string) => Promise<void>;
  checkAborted: () => void;
  signal: AbortSignal | undefined;
}

/** getFeed until a final status, backing off; at the deadline a retryable FeedTimeout (the feed resumes). */
export async function poll(
  client: SpApiClient,
  feedId: string,
  settings: PollSettings,
  ctx: PollContext,
): Promise<SpFeed> {
  const deadline = ctx.now() + settings.maxWaitMs;
  let delay = settings.pollIntervalMs;
  let seen: string | undefined;
  for (;;) {
    ctx.checkAborted();
    const feed = await client.feeds.getFeed(feedId);
    if (feed.processingStatus !== seen) {
      seen = feed.processingStatus;
      await ctx.onStatus(seen);
    }
    if (FINAL.has(feed.processingStatus)) return feed;
    const left = deadline - ctx.now();
    if (left <= 0) {
      throw new CancellationFeedError({
        message: `Feed ${feedId} still ${feed.processingStatus} after ${settings.maxWaitMs} ms`,
        retryable: true,
        feedId,
        stage: 'poll',
        code: 'FeedTimeout',
      });
    }
    await ctx.sleep(Math.min(delay, left), ctx.signal);
    delay = Math.min(settings.maxPollIntervalMs, delay * 2);
  }
}

async function readReport(client: SpApiClient, feed: SpFeed): Promise<ProcessingReport> {
  const xml = await client.feeds.downloadFeedDocument(feed.resultFeedDocumentId!);
  try {
    return parseProcessingReport(xml);
  } catch (error) {
    throw new CancellationFeedError({
      message: `The processing report of feed ${feed.feedId} could not be read`,
      retryable: true,
      feedId: feed.feedId,
      stage: 'report',
      code: 'MalformedReport',
      cause: error,
    });
  }
}

export async function outcomeOf(
  client: SpApiClient,
  feed: SpFeed,
  amazonOrderId: string,
): Promise<CancellationOutcome> {
  const resultId = feed.resultFeedDocumentId ?? null;
  if (feed.processingStatus === 'CANCELLED') {
    // Cancelled before Amazon processed it: nothing happened, and the next try must send a new feed.
    throw new CancellationFeedError({
      message: `Feed ${feed.feedId} was cancelled before Amazon processed it`,
      retryable: true,
      feedId: null,
      stage: 'poll',
      code: 'FeedCancelled',
    });
  }
  if (feed.processingStatus === 'FATAL') {
    // Final either way: a report that cannot be read only makes the reason less precise.
    const report = resultId ? await readReport(client, feed).catch(() => null) : null;
    return outcomeOfFatal(feed.feedId, resultId, report);
  }
  if (!resultId) {
    throw new CancellationFeedError({
      message: `Feed ${feed.feedId} is DONE without a processing report`,
      retryable: true,
      feedId: feed.feedId,
      stage: 'report',
      code: 'MalformedReport',
    });
  }
  return outcomeOfReport(feed.feedId, resultId, await readReport(client, feed), amazonOrderId);
}
