import type { Response } from 'express';
import type { ListQuery } from './list-query.js';

/** Answers a page the way ra-data-simple-rest reads it: the rows and `Content-Range: <resource> a-b/total`. */
export function sendList(
  res: Response,
  resource: string,
  list: ListQuery,
  rows: unknown[],
  total: number,
): void {
  const first = list.offset;
  const last = rows.length === 0 ? first : first + rows.length - 1;
  res.setHeader('Content-Range', `${resource} ${first}-${last}/${total}`);
  res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  res.json(rows);
}
