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
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (error) {
    throw toUserFacingError(error);
  }
};

export const API_URL = '/api';
