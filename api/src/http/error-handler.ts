import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { HttpError, NotFoundError } from './errors.js';

interface ErrorBody {
  message: string;
  code: string;
  details?: unknown;
}

/** body-parser marks its own failures with a `type` and a client status. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

const bodyParserMessages: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body uses an unsupported character encoding.',
  'charset.unsupported': 'The request body uses an unsupported charset.',
  'request.aborted': 'The request was aborted.',
};

/** Turns any error into the contract's `{message, code, details}`; only unexpected ones are 500 and logged. */
export function toErrorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    const body: ErrorBody = { message: error.message, code: error.code };
    if (error.details !== undefined) body.details = error.details;
    return { status: error.status, body };
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
    const first = details[0];
    const message = first ? `Invalid ${first.field || 'input'}: ${first.message}` : 'Invalid input.';
    return { status: 400, body: { message, code: 'validation_failed', details } };
  }
  // The router could not decode a path parameter (usable-text.ts refuses such URLs first; kept as a backstop).
  if (error instanceof URIError)
    return {
      status: 400,
      body: { message: 'The request URL is not validly percent-encoded.', code: 'bad_request' },
    };
  if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    const message = bodyParserMessages[error.type] ?? 'The request body could not be read.';
    return { status: error.status, body: { message, code: error.type.replace(/\./g, '_') } };
  }
  return { status: 500, body: { message: 'Something went wrong on our side.', code: 'internal_error' } };
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const { status, body } = toErrorAnswer(error);
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(status).json(body);
};

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API route ${req.method} ${req.path}.`));
};
