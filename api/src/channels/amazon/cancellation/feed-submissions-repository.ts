// amazon_feed_submissions: every feed sent to Amazon, its feed id as soon as createFeed answers (so a retry
// after a crash resumes that feed rather than sending another), its processing status and what Amazon said.
import type { Knex } from 'knex';
import type { FeedProcessingStatus } from '@orderdesk/migrations';
import { ORDER_ACKNOWLEDGEMENT_FEED } from '../sp-api/order-acknowledgement.js';
import type { CancellationStep, CancellationStepIds } from './cancel-feed.js';
import { isFeedProcessingStatus } from './feed-polling.js';

export interface FeedSubmissionRow {
  id: number;
  store_id: number;
  outbox_id: number | null;
  feed_type: string;
  feed_id: string | null;
  feed_document_id: string | null;
  result_document_id: string | null;
  processing_status: FeedProcessingStatus | null;
  /** What Amazon answered (the CancellationOutcome for a cancellation feed); null until then. */
  result: unknown;
  created_at: Date;
  updated_at: Date;
}

export interface NewFeedSubmission {
  storeId: number;
  outboxId?: number | null;
  feedType?: string;
  feedId: string;
  feedDocumentId?: string | null;
  processingStatus?: string;
}

export interface FeedSubmissionChanges {
  /** Statuses outside Amazon's five (a new value Amazon may add) are not written. */
  processingStatus?: string;
  resultDocumentId?: string | null;
  result?: unknown;
}

/** The row of a feed Amazon just created (createFeed answered). */
export async function insertFeedSubmission(db: Knex, input: NewFeedSubmission): Promise<FeedSubmissionRow> {
  const [row] = await db('amazon_feed_submissions')
    .insert({
      store_id: input.storeId,
      outbox_id: input.outboxId ?? null,
      feed_type: input.feedType ?? ORDER_ACKNOWLEDGEMENT_FEED,
      feed_id: input.feedId,
      feed_document_id: input.feedDocumentId ?? null,
      processing_status: isFeedProcessingStatus(input.processingStatus) ? input.processingStatus : null,
    })
    .returning('*');
  return row as FeedSubmissionRow;
}

/** Moves a store's feed on (status, report, Amazon's answer); answers how many rows changed (0 or 1). */
export async function updateFeedSubmission(
  db: Knex,
  key: { storeId: number; feedId: string },
  changes: FeedSubmissionChanges,
): Promise<number> {
  const update: Record<string, unknown> = {};
  if (isFeedProcessingStatus(changes.processingStatus)) update.processing_status = changes.processingStatus;
  if (changes.resultDocumentId !== undefined) update.result_document_id = changes.resultDocumentId;
  if (changes.result !== undefined) update.result = JSON.stringify(changes.result);
  if (Object.keys(update).length === 0) return 0;
  return db('amazon_feed_submissions')
    .where({ store_id: key.storeId, feed_id: key.feedId })
    .update({ ...update, updated_at: db.fn.now() });
}

/**
 * The feed an outbox command already created and Amazon has not yet answered (no result): the
 * `resumeFeedId` of its next try. Undefined when the command has no such feed and must send one.
 */
export async function findUnansweredFeed(db: Knex, outboxId: number): Promise<FeedSubmissionRow | undefined> {
  const row = await db('amazon_feed_submissions')
    .where({ outbox_id: outboxId })
    .whereNotNull('feed_id')
    .whereNull('result')
    .whereRaw("coalesce(processing_status, '') <> 'CANCELLED'")
    .orderBy('id', 'desc')
    .first();
  return row as FeedSubmissionRow | undefined;
}

export async function feedSubmissionsOfOutbox(db: Knex, outboxId: number): Promise<FeedSubmissionRow[]> {
  return (await db('amazon_feed_submissions')
    .where({ outbox_id: outboxId })
    .orderBy('id')) as FeedSubmissionRow[];
}

/**
 * An `onStep` for submitCancellation that keeps amazon_feed_submissions up to date: a row when createFeed
 * answers, its status as getFeed moves, and Amazon's answer (the outcome) when it comes. A resumed feed
 * has its row already and is only updated. A CANCELLED feed is marked so, and is never resumed.
 */
export function feedSubmissionRecorder(
  db: Knex,
  context: { storeId: number; outboxId?: number | null },
): (step: CancellationStep, ids: CancellationStepIds) => Promise<void> {
  return async (step, ids) => {
    if (!ids.feedId) return;
    const key = { storeId: context.storeId, feedId: ids.feedId };
    if (step === 'feed_created') {
      await insertFeedSubmission(db, {
        ...key,
        outboxId: context.outboxId ?? null,
        feedDocumentId: ids.feedDocumentId ?? null,
        processingStatus: ids.processingStatus,
      });
    } else if (step === 'status') {
      await updateFeedSubmission(db, key, { processingStatus: ids.processingStatus });
    } else if (step === 'finished') {
      await updateFeedSubmission(db, key, {
        processingStatus: ids.processingStatus,
        resultDocumentId: ids.resultFeedDocumentId ?? null,
        result: ids.outcome,
      });
    }
  };
}
