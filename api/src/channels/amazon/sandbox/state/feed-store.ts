// Feed documents (what the client uploads to the "pre-signed URL", and the processing reports) and the
// feeds themselves, with what the sandbox parsed from them and what it answered.
import type { Feed } from '../amazon/model-types.js';
import type { AcknowledgementMessage } from '../feeds-api/order-acknowledgement-feed.js';
import type { ReportResult } from '../feeds-api/processing-report.js';

export interface StoredDocument {
  feedDocumentId: string;
  /** The content type given to createFeedDocument; the upload must use the same (it is signed into S3 URLs). */
  contentType: string;
  /** 'input' documents are uploaded by the client; 'result' documents are processing reports. */
  kind: 'input' | 'result';
  content?: Buffer;
  compressed: boolean;
  createdMs: number;
}

export interface FeedRecord {
  feed: Feed;
  inputFeedDocumentId: string;
  feedOptions?: Record<string, string>;
  startAtMs: number;
  doneAtMs: number;
  /** Filled in when the feed is processed. */
  merchantIdentifier?: string;
  messages?: AcknowledgementMessage[];
  results?: ReportResult[];
  summary?: { processed: number; successful: number; withError: number; withWarning: number };
  fatalReason?: string;
}

/**
 * A forced refusal (`POST /_sandbox/feeds/refuse-next`): the next `remaining` cancellations (Failure
 * messages for an order the sandbox knows; only `amazonOrderId`'s when given) get an Error in the report
 * with this description (a default one naming the order without it), and the order stays as it was.
 */
export interface FeedRefusal {
  id: number;
  message?: string;
  amazonOrderId?: string;
  remaining: number;
  createdAt: string;
}

/** Oldest documents and feeds beyond these counts are dropped. */
const MAX_DOCUMENTS = 20_000;
const MAX_FEEDS = 10_000;

function trim<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}

export class FeedStore {
  readonly documents = new Map<string, StoredDocument>();
  readonly feeds = new Map<string, FeedRecord>();
  /** Feeds not yet DONE or FATAL. */
  readonly pending = new Set<string>();
  reportsWritten = 0;
  refusals: FeedRefusal[] = [];
  private feedCounter = 0;
  private refusalCounter = 0;

  addDocument(doc: StoredDocument): void {
    this.documents.set(doc.feedDocumentId, doc);
    trim(this.documents, MAX_DOCUMENTS);
  }

  nextFeedId(): string {
    this.feedCounter += 1;
    // Amazon's feed ids are long decimal numbers.
    return String(50_001_000_000 + this.feedCounter);
  }

  addFeed(record: FeedRecord): void {
    this.feeds.set(record.feed.feedId, record);
    this.pending.add(record.feed.feedId);
    trim(this.feeds, MAX_FEEDS);
  }

  addRefusal(spec: { message?: string; amazonOrderId?: string; count: number }, nowMs: number): FeedRefusal {
    this.refusalCounter += 1;
    const refusal: FeedRefusal = {
      id: this.refusalCounter,
      ...(spec.message ? { message: spec.message } : {}),
      ...(spec.amazonOrderId ? { amazonOrderId: spec.amazonOrderId } : {}),
      remaining: spec.count,
      createdAt: new Date(nowMs).toISOString(),
    };
    this.refusals.push(refusal);
    return refusal;
  }

  /** The refusal for a cancellation of this order, if one is waiting; the cancellation uses it up. */
  takeRefusal(amazonOrderId: string): FeedRefusal | undefined {
    const refusal =
      this.refusals.find((r) => r.amazonOrderId === amazonOrderId) ??
      this.refusals.find((r) => r.amazonOrderId === undefined);
    if (!refusal) return undefined;
    refusal.remaining -= 1;
    if (refusal.remaining <= 0) this.refusals = this.refusals.filter((r) => r !== refusal);
    return refusal;
  }

  clear(): void {
    this.refusals = [];
    this.documents.clear();
    this.feeds.clear();
    this.pending.clear();
    this.reportsWritten = 0;
  }
}
