// The staff cancellation feed over real HTTP against the SP-API sandbox: what Amazon accepts, what it
// refuses and why, and how failures come back (retryable, resumable without a second feed).
import { afterEach, describe, expect, it } from 'vitest';
import { useTestSandbox } from '../../../../test/support/use-test-sandbox.js';
import { CancellationFeedError } from './cancel-feed-error.js';
import { submitCancellation } from './cancel-feed.js';
import { commandFor, connect, FAST, feedsFor, newOrder, sandboxOrder, stepLog } from './test-support.js';

const sandbox = useTestSandbox();
afterEach(async () => {
  await fetch(`${sandbox.url}/_sandbox/feeds/refuse-next`, { method: 'DELETE' });
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a CancellationFeedError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(CancellationFeedError);
      return error as CancellationFeedError;
    },
  );

describe('submitCancellation against the sandbox', () => {
  it('cancels an Unshipped order: accepted, and Amazon shows it Canceled by the seller', async () => {
    const { client, recorded } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const log = stepLog();
    const outcome = await submitCancellation(client, commandFor(order, { reason: 'BuyerCanceled' }), {
      ...FAST,
      onStep: log.onStep,
    });
    expect(outcome).toMatchObject({ outcome: 'accepted', processingStatus: 'DONE', warnings: [] });
    expect(outcome.report).toMatchObject({ processed: 1, successful: 1, withError: 0 });
    const after = await sandboxOrder(sandbox, order.AmazonOrderId);
    expect(after).toMatchObject({ canceled_by: 'seller', cancel_reason: 'BuyerCanceled' });
    expect(after.order.OrderStatus).toBe('Canceled');

    const [feed] = await feedsFor(sandbox, order.AmazonOrderId);
    expect(feed).toMatchObject({ feedId: outcome.feedId, processingStatus: 'DONE' });
    expect(feed!.messages![0]).toMatchObject({ statusCode: 'Failure' });
    expect(feed!.messages![0]!.items.map((i) => i.cancelReason)).toEqual(
      order.items.map(() => 'BuyerCanceled'),
    );

    const names = log.steps.map((s) => s.step);
    expect(names.slice(0, 3)).toEqual(['document_created', 'uploaded', 'feed_created']);
    expect(names.at(-1)).toBe('finished');
    expect(log.steps[2]!.ids).toMatchObject({ feedId: outcome.feedId, feedDocumentId: expect.any(String) });
    expect(log.steps.filter((s) => s.step === 'status').at(-1)!.ids.processingStatus).toBe('DONE');
    expect(log.steps.at(-1)!.ids).toMatchObject({ feedId: outcome.feedId, outcome });
    expect(recorded).toEqual([]);
  });

  it("is refused for a Shipped order, with Amazon's description, and the order is unchanged", async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Shipped');
    const outcome = await submitCancellation(client, commandFor(order), FAST);
    expect(outcome).toMatchObject({
      outcome: 'refused',
      processingStatus: 'DONE',
      resultMessageCode: '18029',
    });
    if (outcome.outcome !== 'refused') throw new Error('refused expected');
    expect(outcome.message).toBe(
      `Order ${order.AmazonOrderId} cannot be canceled because its status is Shipped.`,
    );
    expect((await sandboxOrder(sandbox, order.AmazonOrderId)).order.OrderStatus).toBe('Shipped');
  });

  it('is refused for an order Amazon does not know', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const outcome = await submitCancellation(
      client,
      commandFor(order, { amazonOrderId: '111-0000000-0000001' }),
      FAST,
    );
    expect(outcome).toMatchObject({ outcome: 'refused', resultMessageCode: '18028' });
    expect((await sandboxOrder(sandbox, order.AmazonOrderId)).order.OrderStatus).toBe('Unshipped');
  });

  it('is refused when the sandbox is told to refuse the next cancellation, then accepted', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const message = 'The order is already being prepared for shipment.';
    await sandbox.control('/_sandbox/feeds/refuse-next', { message, amazon_order_id: order.AmazonOrderId });
    const refused = await submitCancellation(client, commandFor(order), FAST);
    expect(refused).toMatchObject({ outcome: 'refused', message });
    expect((await sandboxOrder(sandbox, order.AmazonOrderId)).order.OrderStatus).toBe('Unshipped');
    const accepted = await submitCancellation(client, commandFor(order), FAST);
    expect(accepted.outcome).toBe('accepted');
    expect((await sandboxOrder(sandbox, order.AmazonOrderId)).order.OrderStatus).toBe('Canceled');
  });

  it('resumes the feed it created after a timeout, without sending a second one', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const first = stepLog();
    const timeout = await failureOf(
      // No wait before the first getFeed: the sandbox takes 50 ms, so the feed is still queued.
      submitCancellation(client, commandFor(order), {
        maxWaitMs: 0,
        sleep: async () => {},
        onStep: first.onStep,
      }),
    );
    expect(timeout).toMatchObject({ retryable: true, code: 'FeedTimeout', stage: 'poll' });
    const feedId = first.steps.find((s) => s.step === 'feed_created')!.ids.feedId!;
    expect(timeout.feedId).toBe(feedId);

    const second = stepLog();
    const outcome = await submitCancellation(client, commandFor(order, { resumeFeedId: feedId }), {
      ...FAST,
      onStep: second.onStep,
    });
    expect(outcome).toMatchObject({ outcome: 'accepted', feedId });
    expect(second.steps.map((s) => s.step)).not.toContain('document_created');
    expect(second.steps.map((s) => s.step)).not.toContain('feed_created');
    expect((await feedsFor(sandbox, order.AmazonOrderId)).map((f) => f.feedId)).toEqual([feedId]);
    expect((await sandboxOrder(sandbox, order.AmazonOrderId)).order.OrderStatus).toBe('Canceled');
  });

  it('rides out a getFeed 500 with the connector retries', async () => {
    const { client, recorded } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    await sandbox.control('/_sandbox/faults', { operation: 'getFeed', status: 500, count: 2 });
    expect((await submitCancellation(client, commandFor(order), FAST)).outcome).toBe('accepted');
    expect(recorded).toEqual([]);
  });

  it('surfaces a lasting getFeed 500 as retryable with the feed to resume, recorded once', async () => {
    const { client, recorded } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    await sandbox.control('/_sandbox/faults', { operation: 'getFeed', status: 500, count: 50 });
    const failure = await failureOf(submitCancellation(client, commandFor(order), FAST));
    expect(failure).toMatchObject({ retryable: true, stage: 'poll', code: 'InternalFailure' });
    expect(failure.feedId).toMatch(/^\d+$/);
    expect(recorded.map((e) => [e.operation, e.status])).toEqual([['getFeed', 500]]);

    await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    const outcome = await submitCancellation(
      client,
      commandFor(order, { resumeFeedId: failure.feedId! }),
      FAST,
    );
    expect(outcome).toMatchObject({ outcome: 'accepted', feedId: failure.feedId });
    expect(await feedsFor(sandbox, order.AmazonOrderId)).toHaveLength(1);
  });

  it('fails retryably with nothing to resume when createFeedDocument keeps failing', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    await sandbox.control('/_sandbox/faults', { operation: 'createFeedDocument', status: 503, count: 50 });
    const failure = await failureOf(submitCancellation(client, commandFor(order), FAST));
    expect(failure).toMatchObject({ retryable: true, feedId: null, stage: 'createFeedDocument' });
    expect(await feedsFor(sandbox, order.AmazonOrderId)).toEqual([]);
  });

  it('refuses a bad command before calling Amazon, not retryable', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const bad = { ...commandFor(order), reason: 'TooExpensive' } as unknown as Parameters<
      typeof submitCancellation
    >[1];
    const failure = await failureOf(submitCancellation(client, bad, FAST));
    expect(failure).toMatchObject({ retryable: false, code: 'InvalidCommand', stage: 'command' });
    expect(failure.message).toContain('reason');
  });

  it('stops when aborted right after createFeed, and the next try resumes that feed', async () => {
    const { client } = connect(sandbox);
    const order = await newOrder(sandbox, 'Unshipped');
    const controller = new AbortController();
    const failure = await failureOf(
      submitCancellation(client, commandFor(order), {
        ...FAST,
        pollIntervalMs: 60_000,
        signal: controller.signal,
        onStep: (step) => void (step === 'feed_created' && controller.abort()),
      }),
    );
    expect(failure).toMatchObject({ retryable: true, code: 'Aborted' });
    expect(failure.feedId).toMatch(/^\d+$/);
    const resumed = await submitCancellation(
      client,
      commandFor(order, { resumeFeedId: failure.feedId! }),
      FAST,
    );
    expect(resumed).toMatchObject({ outcome: 'accepted', feedId: failure.feedId });
    expect(await feedsFor(sandbox, order.AmazonOrderId)).toHaveLength(1);
  });
});
