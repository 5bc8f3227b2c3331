// Feeds are processed asynchronously, as on Amazon: IN_QUEUE when created, IN_PROGRESS halfway through
// the processing delay, DONE (or FATAL) at its end with a processing report. Moves are computed from the
// scheduled times, so the result is the same whether a timer or a read (getFeed) notices first.
import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { toFeedsDate } from '../amazon/iso-time.js';
import type { GzipReports } from '../options.js';
import type { FeedRecord } from '../state/feed-store.js';
import type { SandboxState } from '../state/sandbox-state.js';
import { applyAcknowledgements } from './apply-acknowledgements.js';
import { parseAcknowledgementFeed } from './order-acknowledgement-feed.js';
import { RESULT_MESSAGE_CODES, buildProcessingReport, type ReportInput } from './processing-report.js';

export const ORDER_ACKNOWLEDGEMENT_FEED = 'POST_ORDER_ACKNOWLEDGEMENT_DATA';
const DEFAULT_MERCHANT = 'A2DEMOSELLER01';

/** Amazon's feed document ids ("amzn1.tortuga.4.na.…"). */
export function newFeedDocumentId(): string {
  return `amzn1.tortuga.4.na.${randomUUID()}`;
}

function isGzip(content: Buffer): boolean {
  return content.length > 2 && content[0] === 0x1f && content[1] === 0x8b;
}

type Outcome = Omit<ReportInput, 'feedId'> & { fatal?: string };

function fatal(reason: string, merchantIdentifier = DEFAULT_MERCHANT): Outcome {
  const result = {
    messageId: '0',
    resultCode: 'Error' as const,
    resultMessageCode: RESULT_MESSAGE_CODES.fatalXml,
  };
  return {
    fatal: reason,
    merchantIdentifier,
    processed: 0,
    successful: 0,
    results: [{ ...result, resultDescription: reason }],
  };
}

function process(state: SandboxState, record: FeedRecord): Outcome {
  const input = state.feeds.documents.get(record.inputFeedDocumentId);
  if (!input?.content) return fatal(`The feed document ${record.inputFeedDocumentId} was never uploaded.`);
  if (record.feed.feedType !== ORDER_ACKNOWLEDGEMENT_FEED) {
    return fatal(
      `Feed type ${record.feed.feedType} is not processed by the sandbox (only ${ORDER_ACKNOWLEDGEMENT_FEED}).`,
    );
  }
  let xml: string;
  try {
    xml = (isGzip(input.content) ? gunzipSync(input.content) : input.content).toString('utf8');
  } catch {
    return fatal(
      `The feed document ${record.inputFeedDocumentId} looks GZIP-compressed but does not decompress.`,
    );
  }
  const parsed = parseAcknowledgementFeed(xml);
  if (!parsed.ok) return fatal(parsed.reason, parsed.merchantIdentifier);
  record.messages = parsed.messages;
  const outcome = applyAcknowledgements(
    parsed.messages,
    state.orders,
    record.feed.marketplaceIds,
    record.doneAtMs,
    (amazonOrderId) => state.feeds.takeRefusal(amazonOrderId),
  );
  return {
    merchantIdentifier: parsed.merchantIdentifier,
    processed: parsed.messages.length,
    successful: outcome.successful,
    results: outcome.results,
  };
}

function shouldCompress(mode: GzipReports, reportIndex: number): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return reportIndex % 2 === 1;
}

function finish(state: SandboxState, record: FeedRecord, gzipReports: GzipReports): void {
  const outcome = process(state, record);
  const xml = buildProcessingReport({ feedId: record.feed.feedId, ...outcome });
  const compressed = shouldCompress(gzipReports, state.feeds.reportsWritten);
  state.feeds.reportsWritten += 1;
  const feedDocumentId = newFeedDocumentId();
  state.feeds.addDocument({
    feedDocumentId,
    contentType: 'text/xml; charset=UTF-8',
    kind: 'result',
    content: compressed ? gzipSync(xml) : Buffer.from(xml, 'utf8'),
    compressed,
    createdMs: record.doneAtMs,
  });
  record.merchantIdentifier = outcome.merchantIdentifier;
  record.results = [...outcome.results];
  record.summary = {
    processed: outcome.processed,
    successful: outcome.successful,
    withError: outcome.results.filter((r) => r.resultCode === 'Error').length,
    withWarning: outcome.results.filter((r) => r.resultCode === 'Warning').length,
  };
  if (outcome.fatal) record.fatalReason = outcome.fatal;
  record.feed.processingStatus = outcome.fatal ? 'FATAL' : 'DONE';
  record.feed.processingEndTime = toFeedsDate(record.doneAtMs);
  record.feed.resultFeedDocumentId = feedDocumentId;
}

/** Moves every pending feed whose time has come. */
export function advanceFeeds(state: SandboxState, nowMs: number, gzipReports: GzipReports): void {
  for (const feedId of state.feeds.pending) {
    const record = state.feeds.feeds.get(feedId);
    if (!record) {
      state.feeds.pending.delete(feedId);
      continue;
    }
    if (record.feed.processingStatus === 'IN_QUEUE' && nowMs >= record.startAtMs) {
      record.feed.processingStatus = 'IN_PROGRESS';
      record.feed.processingStartTime = toFeedsDate(record.startAtMs);
    }
    if (nowMs >= record.doneAtMs) {
      state.feeds.pending.delete(feedId);
      try {
        finish(state, record, gzipReports);
      } catch (error) {
        // A sandbox bug must not wedge every later call: the feed ends FATAL and says why.
        record.feed.processingStatus = 'FATAL';
        record.feed.processingEndTime = toFeedsDate(record.doneAtMs);
        record.fatalReason = `The sandbox failed to process the feed: ${(error as Error).message}`;
      }
    }
  }
}
