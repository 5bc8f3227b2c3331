import type { Request, Response } from 'express';
import { DEFAULT_EXACT_COUNT_LIMIT, type ListTotal } from './list-count.js';
import type { RunListOptions } from './list-pages.js';
import type { ListQuery } from './list-query.js';

/** Says that the Content-Range total is not a count: `estimate` ("about N") or `at-least` ("more than N"). */
export const TOTAL_APPROXIMATE_HEADER = 'X-Total-Approximate';

/**
 * Answers a page the way ra-data-simple-rest reads it: the rows and `Content-Range: <resource> a-b/total`,
 * plus `X-Total-Approximate` when the total is the planner's estimate rather than a count (list-count.ts).
 */
export function sendList(
  res: Response,
  resource: string,
  list: ListQuery,
  rows: unknown[],
  total: ListTotal,
): void {
  const first = list.offset;
  const last = rows.length === 0 ? first : first + rows.length - 1;
  res.setHeader('Content-Range', `${resource} ${first}-${last}/${total.count}`);
  if (total.accuracy !== 'exact') res.setHeader(TOTAL_APPROXIMATE_HEADER, total.accuracy);
  res.setHeader('Access-Control-Expose-Headers', `Content-Range, ${TOTAL_APPROXIMATE_HEADER}`);
  res.json(rows);
}

/** How lists of this app count (`app.locals`, set by buildServer from LIST_EXACT_COUNT_LIMIT). */
export function listOptions(req: Request): RunListOptions & { exactCountLimit: number } {
  return { exactCountLimit: req.app.locals.listExactCountLimit ?? DEFAULT_EXACT_COUNT_LIMIT };
}
