// Amazon's answers, byte for byte where it matters: the `{errors: [...]}` bodies of SP-API, and the rule
// that `x-amzn-RateLimit-Limit` comes with 2xx, 400 and 404 answers only (never with 403 or 429).
import type { Response } from 'express';
import type { ApiError } from '../amazon/model-types.js';

export interface SpAnswer {
  status: number;
  /** JSON body; none for 204. */
  body?: unknown;
}

/** Thrown by an operation handler to answer an error. */
export class SpApiError extends Error {
  override readonly name = 'SpApiError';
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
  ) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export const invalidInput = (message: string): SpApiError =>
  new SpApiError(400, [{ code: 'InvalidInput', message }]);

export const notFound = (message: string): SpApiError => new SpApiError(404, [{ code: 'NotFound', message }]);

export const ACCESS_DENIED: ApiError = {
  code: 'Unauthorized',
  message: 'Access to requested resource is denied.',
  details: '',
};

export const TOKEN_EXPIRED: ApiError = {
  code: 'Unauthorized',
  message: 'The access token you provided has expired.',
  details: '',
};

export const QUOTA_EXCEEDED: ApiError = {
  code: 'QuotaExceeded',
  message: 'You exceeded your quota for the requested resource.',
};

/** The error Amazon answers with for a status (used by injected faults). */
export function errorForStatus(status: number): ApiError {
  switch (status) {
    case 400:
      return { code: 'InvalidInput', message: 'Invalid Input' };
    case 403:
      return ACCESS_DENIED;
    case 404:
      return { code: 'NotFound', message: 'The requested resource was not found.' };
    case 429:
      return QUOTA_EXCEEDED;
    case 500:
      return { code: 'InternalFailure', message: 'We encountered an internal error. Please try again.' };
    case 503:
      return {
        code: 'ServiceUnavailable',
        message: 'Service temporarily unavailable. Please try again later.',
      };
    default:
      return { code: String(status), message: `The request failed with status ${status}.` };
  }
}

function carriesRateLimit(status: number): boolean {
  return (status >= 200 && status < 300) || status === 400 || status === 404;
}

/**
 * Written on Node's response directly: the bytes Express's `res.type('application/json').send(json)` sends
 * (no ETag, no freshness check apply here), for a fraction of its cost per call.
 */
export function sendSpAnswer(res: Response, answer: SpAnswer, rateLimit: string | undefined): void {
  if (rateLimit && carriesRateLimit(answer.status)) res.setHeader('x-amzn-RateLimit-Limit', rateLimit);
  res.statusCode = answer.status;
  if (answer.body === undefined) {
    res.end();
    return;
  }
  const json = JSON.stringify(answer.body);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}

export function sendSpError(res: Response, error: SpApiError, rateLimit: string | undefined): void {
  sendSpAnswer(res, { status: error.status, body: { errors: error.errors } }, rateLimit);
}
