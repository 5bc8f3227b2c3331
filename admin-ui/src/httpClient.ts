import { fetchUtils, HttpError, type Options } from 'react-admin';

/** The API's error body (api-contract.md): `{message, code, details}`. */
interface ApiErrorBody {
  message?: unknown;
  code?: unknown;
  details?: unknown;
}

interface FieldIssue {
  field: string;
  message: string;
}

const isFieldIssue = (value: unknown): value is FieldIssue =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldIssue).field === 'string' &&
  typeof (value as FieldIssue).message === 'string';

/**
 * A 400 lists the fields at fault as `details: [{field, message}]`; react-admin forms read
 * `body.errors` ({field: message}) to show each message under its input.
 */
const fieldErrors = (details: unknown): Record<string, string> | undefined => {
  if (!Array.isArray(details)) return undefined;
  const issues = details.filter(isFieldIssue).filter((issue) => issue.field !== '');
  if (issues.length === 0) return undefined;
  return Object.fromEntries(issues.map((issue) => [issue.field, issue.message]));
};

/**
 * Rebuilds an HttpError so that its message is the API's `message` (what the notification shows), or
 * react-admin's generic "server communication error" when the answer was not ours (proxy down, HTML page).
 */
const toUserFacingError = (error: unknown): Error => {
  if (error instanceof HttpError) {
    const body: ApiErrorBody | null =
      typeof error.body === 'object' && error.body !== null ? (error.body as ApiErrorBody) : null;
    const message =
      typeof body?.message === 'string' && body.message !== '' ? body.message : 'ra.notification.http_error';
    const errors = fieldErrors(body?.details);
    return new HttpError(message, error.status, errors ? { ...body, errors } : body);
  }
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  // fetch() itself failed: offline, or the API is not running.
  return new HttpError('ra.notification.http_error', 0, null);
};

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  /** The parsed body; callers check its shape. */
  json: unknown;
}

/** fetchJson with the session cookie and the API's error messages. Used by the data and auth providers. */
export const httpClient = async (url: string, options: Options = {}): Promise<HttpResponse> => {
  if (!options.method || options.method === 'GET') {
    const early = await takeEarlyFetch(url);
    if (early) return early;
  }
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (error) {
    throw toUserFacingError(error);
  }
};

export const API_URL = '/api';

declare global {
  interface Window {
    /** GET answers public/early-fetch.js asked for before the panel started, by URL. */
    __orderDeskEarlyFetches?: Record<string, Promise<Response> | undefined>;
  }
}

/** How long after the page's start an early answer may still be used. */
const EARLY_FETCH_FRESH_MS = 10_000;

/**
 * The answer public/early-fetch.js already asked for, when it asked for this very URL (each is used once)
 * and the API answered it with success; otherwise undefined, and the caller asks the API itself (errors are
 * then reported as for any request).
 */
async function takeEarlyFetch(url: string): Promise<HttpResponse | undefined> {
  const early = window.__orderDeskEarlyFetches;
  if (!early) return undefined;
  // Only while the page starts: an answer left unused (the grid asked for other parameters) goes stale.
  if (performance.now() > EARLY_FETCH_FRESH_MS) {
    delete window.__orderDeskEarlyFetches;
    return undefined;
  }
  const pending = early[url];
  if (!pending) return undefined;
  delete early[url];
  try {
    const response = await pending;
    if (!response.ok) return undefined;
    const body = await response.text();
    return { status: response.status, headers: response.headers, body, json: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}
