import { z } from 'zod';

// Edge schemas for Feeds API 2021-06-30 answers (loose objects, enums as strings: see orders.ts).

export const createFeedDocumentResponseSchema = z.looseObject({
  feedDocumentId: z.string().min(1),
  url: z.string().min(1),
});

export const createFeedResponseSchema = z.looseObject({
  feedId: z.string().min(1),
});

export const feedSchema = z.looseObject({
  feedId: z.string().min(1),
  feedType: z.string(),
  marketplaceIds: z.array(z.string()).optional(),
  createdTime: z.string(),
  processingStatus: z.string(),
  processingStartTime: z.string().optional(),
  processingEndTime: z.string().optional(),
  resultFeedDocumentId: z.string().optional(),
});

export const feedDocumentSchema = z.looseObject({
  feedDocumentId: z.string().min(1),
  url: z.string().min(1),
  compressionAlgorithm: z.string().optional(),
});

export type SpFeed = z.infer<typeof feedSchema>;
export type SpFeedDocument = z.infer<typeof feedDocumentSchema>;
