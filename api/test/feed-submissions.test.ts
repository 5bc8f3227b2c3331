// amazon_feed_submissions kept by the cancellation feed's onStep, on a real (embedded or DATABASE_URL)
// database, with the sandbox as Amazon: the row appears at createFeed, a retry after a stop finds the
// unanswered feed and resumes it, and Amazon's answer lands in `result`.
import { migrate } from '@orderdesk/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CancellationFeedError } from '../src/channels/amazon/cancellation/cancel-feed-error.js';
import { submitCancellation } from '../src/channels/amazon/cancellation/cancel-feed.js';
import {
  feedSubmissionRecorder,
  feedSubmissionsOfOutbox,
  findUnansweredFeed,
  insertFeedSubmission,
  updateFeedSubmission,
} from '../src/channels/amazon/cancellation/feed-submissions-repository.js';
import {
  commandFor,
  connect,
  FAST,
  MARKETPLACE,
  newOrder,
  SELLER,
} from '../src/channels/amazon/cancellation/test-support.js';
import type { Database } from '../src/db/database.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import { openTestDatabase } from './support/test-database.js';

let db: Database;
let sandbox: TestSandbox;
let storeId: number;

beforeAll(async () => {
  [db, sandbox] = await Promise.all([openTestDatabase(), startTestSandbox()]);
  await migrate(db.knex);
  const [store] = await db
    .knex('amazon_stores')
    .insert({
      name: 'Feed test store',
      seller_id: SELLER,
      marketplace_id: MARKETPLACE,
      region: 'na',
      credentials_encrypted: 'not-used-here',
    })
    .returning('id');
  storeId = (store as { id: number }).id;
}, 120_000);
afterAll(async () => {
  await sandbox?.close();
  await db?.close();
});

async function newOutbox(aggregateId: string): Promise<number> {
  const [row] = await db
    .knex('outbox')
    .insert({
      kind: 'amazon.cancel_order',
      store_id: storeId,
      aggregate_type: 'amazon_order',
      aggregate_id: aggregateId,
    })
    .returning('id');
  return (row as { id: number }).id;
}

describe('amazon_feed_submissions', () => {
  it('inserts and updates a row by store and feed id, and writes only known statuses', async () => {
    const row = await insertFeedSubmission(db.knex, {
      storeId,
      feedId: '900001',
      feedDocumentId: 'amzn1.tortuga.4.na.doc',
      processingStatus: 'IN_QUEUE',
    });
    expect(row).toMatchObject({
      store_id: storeId,
      outbox_id: null,
      feed_type: 'POST_ORDER_ACKNOWLEDGEMENT_DATA',
      feed_id: '900001',
      processing_status: 'IN_QUEUE',
      result: null,
    });
    const key = { storeId, feedId: '900001' };
    expect(await updateFeedSubmission(db.knex, key, { processingStatus: 'SOMETHING_NEW' })).toBe(0);
    expect(
      await updateFeedSubmission(db.knex, key, {
        processingStatus: 'DONE',
        resultDocumentId: 'amzn1.tortuga.4.na.report',
        result: { outcome: 'accepted' },
      }),
    ).toBe(1);
    const after = await db.knex('amazon_feed_submissions').where({ id: row.id }).first();
    expect(after).toMatchObject({
      processing_status: 'DONE',
      result_document_id: 'amzn1.tortuga.4.na.report',
      result: { outcome: 'accepted' },
    });
  });

  it('records the feed when created, resumes the unanswered one, and keeps the outcome', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const outboxId = await newOutbox(order.AmazonOrderId);
    const onStep = feedSubmissionRecorder(db.knex, { storeId, outboxId });

    // The worker stops (a crash, a shutdown) right after createFeed answered.
    const controller = new AbortController();
    const stopped = await submitCancellation(client, commandFor(order), {
      ...FAST,
      signal: controller.signal,
      onStep: async (step, ids) => {
        await onStep(step, ids);
        if (step === 'feed_created') controller.abort();
      },
    }).catch((error: unknown) => error as CancellationFeedError);
    expect(stopped).toMatchObject({ retryable: true, code: 'Aborted', feedId: expect.any(String) });

    const pending = await findUnansweredFeed(db.knex, outboxId);
    expect(pending).toMatchObject({
      outbox_id: outboxId,
      feed_id: (stopped as CancellationFeedError).feedId,
    });
    expect(pending!.feed_document_id).toMatch(/^amzn1\.tortuga/);
    expect(pending!.processing_status).toBe('IN_QUEUE');

    const outcome = await submitCancellation(client, commandFor(order, { resumeFeedId: pending!.feed_id! }), {
      ...FAST,
      onStep,
    });
    expect(outcome.outcome).toBe('accepted');
    const rows = await feedSubmissionsOfOutbox(db.knex, outboxId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      feed_id: outcome.feedId,
      processing_status: 'DONE',
      result_document_id: outcome.outcome === 'accepted' ? outcome.resultFeedDocumentId : null,
      result: { outcome: 'accepted', feedId: outcome.feedId },
    });
    expect(await findUnansweredFeed(db.knex, outboxId)).toBeUndefined();
  });

  it("keeps a refusal with Amazon's message", async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Shipped');
    const outboxId = await newOutbox(order.AmazonOrderId);
    const outcome = await submitCancellation(client, commandFor(order), {
      ...FAST,
      onStep: feedSubmissionRecorder(db.knex, { storeId, outboxId }),
    });
    expect(outcome.outcome).toBe('refused');
    const [row] = await feedSubmissionsOfOutbox(db.knex, outboxId);
    expect(row!.result).toMatchObject({
      outcome: 'refused',
      message: expect.stringContaining(order.AmazonOrderId),
    });
  });
});
