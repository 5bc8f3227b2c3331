// Feeds API 2021-06-30: createFeedDocument, createFeed, getFeed and getFeedDocument, as
// feeds_2021-06-30.json describes them. Document URLs point at the sandbox's stand-in for Amazon's
// pre-signed S3 URLs (document-routes.ts).
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { toFeedsDate } from '../amazon/iso-time.js';
import { KNOWN_MARKETPLACE_IDS } from '../amazon/marketplaces.js';
import type { FeedDocument } from '../amazon/model-types.js';
import type { SandboxContext } from '../context.js';
import { invalidInput, notFound } from '../http/amazon-answers.js';
import { spOperation } from '../http/sp-operation.js';
import { newFeedDocumentId } from './feed-processor.js';

const BASE = '/feeds/2021-06-30';

const createFeedDocumentSchema = z.object({ contentType: z.string().min(1) });

const createFeedSchema = z.object({
  feedType: z.string().min(1),
  marketplaceIds: z.array(z.string().min(1)).min(1).max(25),
  inputFeedDocumentId: z.string().min(1),
  feedOptions: z.record(z.string(), z.string()).optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  throw invalidInput(`Invalid request body. ${issues}`);
}

export function documentUrl(
  ctx: SandboxContext,
  req: Request,
  feedDocumentId: string,
  gzipHeader = false,
): string {
  const url = `${ctx.options.baseUrl(req)}/_documents/${encodeURIComponent(feedDocumentId)}`;
  // S3 lets a pre-signed URL override response headers; Amazon uses it for enableContentEncodingUrlHeader.
  return gzipHeader ? `${url}?response-content-encoding=gzip` : url;
}

export function feedsRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const json = express.raw({ type: () => true, limit: '1mb' });

  router.post(
    `${BASE}/documents`,
    json,
    spOperation(ctx, 'createFeedDocument', ({ req, body, nowMs }) => {
      const { contentType } = parse(createFeedDocumentSchema, body);
      const feedDocumentId = newFeedDocumentId();
      ctx.state.feeds.addDocument({
        feedDocumentId,
        contentType,
        kind: 'input',
        compressed: false,
        createdMs: nowMs,
      });
      return { status: 201, body: { feedDocumentId, url: documentUrl(ctx, req, feedDocumentId) } };
    }),
  );

  router.post(
    `${BASE}/feeds`,
    json,
    spOperation(ctx, 'createFeed', ({ body, nowMs }) => {
      const spec = parse(createFeedSchema, body);
      const unknown = spec.marketplaceIds.find((id) => !KNOWN_MARKETPLACE_IDS.has(id));
      if (unknown) throw invalidInput(`Invalid marketplaceId: ${unknown}.`);
      const input = ctx.state.feeds.documents.get(spec.inputFeedDocumentId);
      if (!input || input.kind !== 'input')
        throw invalidInput(`Invalid inputFeedDocumentId: ${spec.inputFeedDocumentId}.`);
      const feedId = ctx.state.feeds.nextFeedId();
      const delay = ctx.options.feedProcessingDelayMs;
      ctx.state.feeds.addFeed({
        feed: {
          feedId,
          feedType: spec.feedType,
          marketplaceIds: spec.marketplaceIds,
          createdTime: toFeedsDate(nowMs),
          processingStatus: 'IN_QUEUE',
        },
        inputFeedDocumentId: spec.inputFeedDocumentId,
        ...(spec.feedOptions ? { feedOptions: spec.feedOptions } : {}),
        startAtMs: nowMs + Math.floor(delay / 2),
        doneAtMs: nowMs + delay,
      });
      return { status: 202, body: { feedId } };
    }),
  );

  router.get(
    `${BASE}/feeds/:feedId`,
    spOperation(ctx, 'getFeed', ({ req }) => {
      const record = ctx.state.feeds.feeds.get(String(req.params.feedId));
      if (!record) throw notFound(`Feed ${String(req.params.feedId)} was not found.`);
      return { status: 200, body: record.feed };
    }),
  );

  router.get(
    `${BASE}/documents/:feedDocumentId`,
    spOperation(ctx, 'getFeedDocument', ({ req }) => {
      const id = String(req.params.feedDocumentId);
      const doc = ctx.state.feeds.documents.get(id);
      if (!doc) throw notFound(`Feed document ${id} was not found.`);
      const encodingHeader = req.query.enableContentEncodingUrlHeader === 'true' && doc.compressed;
      const answer: FeedDocument = {
        feedDocumentId: id,
        url: documentUrl(ctx, req, id, encodingHeader),
        ...(doc.compressed ? { compressionAlgorithm: 'GZIP' as const } : {}),
      };
      return { status: 200, body: answer };
    }),
  );

  return router;
}
