// What every answer carries (an `x-amzn-RequestId`) and the one log line per request.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export function requestId(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('x-amzn-RequestId', randomUUID());
    next();
  };
}

export function requestLog(logger: Logger | undefined): RequestHandler {
  return (req, res, next) => {
    // Nothing to time when the line would not be written (the benchmarks' sandbox logs at warn).
    if (!logger?.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          requestId: res.getHeader('x-amzn-RequestId'),
        },
        'sandbox request',
      );
    });
    next();
  };
}

/** The body as JSON: undefined when there is none, SyntaxError when it is not JSON. */
export function parseJsonBuffer(body: unknown): unknown {
  if (!Buffer.isBuffer(body) || body.length === 0) return undefined;
  return JSON.parse(body.toString('utf8')) as unknown;
}
