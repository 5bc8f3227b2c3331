import type { RequestHandler } from 'express';
import { BadRequestError } from './errors.js';

const NUL = '\u0000';

/** Every string in a parsed JSON value, keys included, walked without recursion (bodies may nest deeply). */
function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      if (next.includes(NUL)) return true;
    } else if (Array.isArray(next)) {
      stack.push(...next);
    } else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes(NUL)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/** A query value holding NUL, raw or as the JSON escape a filter would turn into one. */
const queryHoldsNul = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(queryHoldsNul)
    : typeof value === 'string' && (value.includes(NUL) || /\\u0000/i.test(value));

/**
 * Input no handler can use, refused with a 400 before any handler or query sees it: a URL path that is
 * not validly percent-encoded, and text holding the NUL character (PostgreSQL text cannot store it, so it
 * would otherwise fail deep in a query as a 500), in the path, the query or the JSON body.
 */
export const requireUsableText: RequestHandler = (req, _res, next) => {
  const rawPath = req.originalUrl.split('?')[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    next(new BadRequestError('The request URL is not validly percent-encoded.'));
    return;
  }
  if (path.includes(NUL) || Object.values(req.query).some(queryHoldsNul))
    next(new BadRequestError('The request URL holds a NUL character (%00), which no field accepts.'));
  else if (holdsNul(req.body))
    next(new BadRequestError('The request body holds a NUL character (\\u0000), which no field accepts.'));
  else next();
};
