import { SpApiError } from '../sp-api/errors.js';

/** Where the feed flow was when it failed. */
export type CancellationFailureStage =
  'command' | 'createFeedDocument' | 'upload' | 'createFeed' | 'poll' | 'report' | 'onStep';

/**
 * The cancellation feed did not get an answer from Amazon: no outcome, only a failure. `retryable` says
 * whether another try may succeed (the outbox retries it with backoff); `feedId`, when set, is the feed
 * Amazon already has: the next try passes it as `resumeFeedId` to poll it rather than send a second feed.
 * A null `feedId` means nothing reached Amazon's queue (or the feed was cancelled), so the next try sends one.
 */
export class CancellationFeedError extends Error {
  readonly retryable: boolean;
  readonly feedId: string | null;
  readonly stage: CancellationFailureStage;
  /** Amazon's or the connector's error code (`QuotaExceeded`, `Timeout`...) or ours: `FeedTimeout`,
   * `FeedCancelled`, `MalformedReport`, `InvalidCommand`, `Aborted`, `StepFailed`. */
  readonly code: string;

  constructor(fields: {
    message: string;
    retryable: boolean;
    feedId: string | null;
    stage: CancellationFailureStage;
    code: string;
    cause?: unknown;
  }) {
    super(fields.message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = 'CancellationFeedError';
    this.retryable = fields.retryable;
    this.feedId = fields.feedId;
    this.stage = fields.stage;
    this.code = fields.code;
  }
}

/** Any failure of a stage, as a CancellationFeedError (SpApiError keeps its code and retryability). */
export function asCancellationError(
  error: unknown,
  stage: CancellationFailureStage,
  feedId: string | null,
): CancellationFeedError {
  if (error instanceof CancellationFeedError) return error;
  if (error instanceof SpApiError) {
    return new CancellationFeedError({
      message: `${error.operation} failed: ${error.message}`,
      retryable: error.retryable,
      feedId,
      stage,
      code: error.code,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CancellationFeedError({
    message: stage === 'onStep' ? `Recording the feed's progress failed: ${message}` : message,
    // A failed progress callback (the database, say) is worth another try; our own bug is not.
    retryable: stage === 'onStep',
    feedId,
    stage,
    code: stage === 'onStep' ? 'StepFailed' : 'ClientError',
    cause: error,
  });
}
