import { gunzipSync } from 'node:zlib';
import { SpApiError } from './errors.js';
import {
  createFeedDocumentResponseSchema,
  createFeedResponseSchema,
  feedDocumentSchema,
  feedSchema,
  type SpFeed,
} from './schemas/feeds.js';
import type { SpApiTransport } from './transport.js';

const FEEDS = '/feeds/2021-06-30';

/** Feeds API 2021-06-30, and the document transfers it hands out. */
export class FeedsApi {
  constructor(private readonly transport: SpApiTransport) {}

  createFeedDocument(contentType: string) {
    return this.transport.call({
      operation: 'createFeedDocument',
      method: 'POST',
      path: `${FEEDS}/documents`,
      body: { contentType },
      schema: createFeedDocumentResponseSchema,
    });
  }

  async uploadFeedDocument(url: string, content: string, contentType: string): Promise<void> {
    await this.transport.presigned('uploadFeedDocument', 'PUT', url, {
      bytes: new TextEncoder().encode(content),
      contentType,
    });
  }

  createFeed(feedType: string, marketplaceIds: readonly string[], inputFeedDocumentId: string) {
    return this.transport.call({
      operation: 'createFeed',
      method: 'POST',
      path: `${FEEDS}/feeds`,
      body: { feedType, marketplaceIds, inputFeedDocumentId },
      schema: createFeedResponseSchema,
      idempotent: false,
    });
  }

  getFeed(feedId: string): Promise<SpFeed> {
    return this.transport.call({
      operation: 'getFeed',
      method: 'GET',
      path: `${FEEDS}/feeds/${encodeURIComponent(feedId)}`,
      schema: feedSchema,
    });
  }

  getFeedDocument(feedDocumentId: string) {
    return this.transport.call({
      operation: 'getFeedDocument',
      method: 'GET',
      path: `${FEEDS}/documents/${encodeURIComponent(feedDocumentId)}`,
      schema: feedDocumentSchema,
    });
  }

  /** A document's text, unzipped when Amazon compressed it. */
  async downloadFeedDocument(feedDocumentId: string): Promise<string> {
    const document = await this.getFeedDocument(feedDocumentId);
    const gzipped = document.compressionAlgorithm === 'GZIP';
    const plain = await this.transport.presigned(
      'downloadFeedDocument',
      'GET',
      document.url,
      undefined,
      (bytes) => {
        if (!gzipped) return bytes;
        try {
          return gunzipSync(bytes);
        } catch {
          throw new SpApiError({
            operation: 'downloadFeedDocument',
            status: null,
            code: 'MalformedResponse',
            message: 'The GZIP document did not unzip',
          });
        }
      },
    );
    return new TextDecoder().decode(plain);
  }

  /** createFeedDocument -> upload -> createFeed: the feed id to poll with getFeed. */
  async submitFeed(
    feedType: string,
    marketplaceIds: readonly string[],
    content: string,
    contentType: string,
  ): Promise<string> {
    const document = await this.createFeedDocument(contentType);
    await this.uploadFeedDocument(document.url, content, contentType);
    const { feedId } = await this.createFeed(feedType, marketplaceIds, document.feedDocumentId);
    return feedId;
  }
}
