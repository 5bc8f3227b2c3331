// One SP-API operation, wrapped the way Amazon's front door handles every call: an access token first (403),
// then injected faults, then the usage plan's token bucket (429), then the static sandbox examples, and
// only then the operation itself. Answers carry `x-amzn-RateLimit-Limit` where Amazon sends it.
import type { Request, RequestHandler, Response } from 'express';
import type { SandboxContext } from '../context.js';
import { findStaticExample } from '../orders-api/static-examples.js';
import { rateLimitHeader, type SpOperation } from '../amazon/usage-plans.js';
import type { Fault } from '../state/fault-store.js';
import type { IssuedToken } from '../state/token-store.js';
import {
  ACCESS_DENIED,
  QUOTA_EXCEEDED,
  SpApiError,
  TOKEN_EXPIRED,
  errorForStatus,
  invalidInput,
  sendSpAnswer,
  sendSpError,
  type SpAnswer,
} from './amazon-answers.js';
import { parseJsonBuffer } from './request-context.js';

export interface SpCall {
  req: Request;
  token: IssuedToken;
  /** The JSON body (undefined without one). */
  body: unknown;
  nowMs: number;
  requestId: string;
}

export type SpHandler = (call: SpCall) => SpAnswer | Promise<SpAnswer>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function readBody(req: Request): unknown {
  try {
    return parseJsonBuffer(req.body);
  } catch {
    throw invalidInput('The request body is not valid JSON.');
  }
}

/** A 200 whose body breaks the client's parsing (truncated JSON) or its validation (wrong shape). */
function sendMalformed(res: Response, answer: SpAnswer, fault: Fault, rateLimit: string): void {
  res.setHeader('x-amzn-RateLimit-Limit', rateLimit);
  const text =
    fault.malformed === 'wrong_shape'
      ? JSON.stringify({ payload: [], unexpected: 'the sandbox answered a body of the wrong shape' })
      : (JSON.stringify(answer.body ?? { payload: {} }) ?? '{}').slice(0, -2).slice(0, 200);
  res
    .status(200)
    .type('application/json')
    .send(text.length > 1 ? text : '{"pay');
}

export function spOperation(ctx: SandboxContext, operation: SpOperation, handler: SpHandler): RequestHandler {
  const rateLimit = rateLimitHeader(operation, ctx.options.rateScale);
  return async (req, res) => {
    const nowMs = ctx.now();
    try {
      ctx.advanceFeeds(nowMs);
      const check = ctx.state.tokens.check(req.get('x-amz-access-token'), nowMs);
      if (!check.ok || check.token.grantless) {
        const error = check.ok || check.reason !== 'expired' ? ACCESS_DENIED : TOKEN_EXPIRED;
        return sendSpAnswer(res, { status: 403, body: { errors: [error] } }, undefined);
      }
      const fault = ctx.state.faults.take(operation, nowMs);
      if (fault?.latencyMs && !fault.delayAnswer) await sleep(fault.latencyMs);
      if (fault?.status) {
        return sendSpAnswer(
          res,
          { status: fault.status, body: { errors: [errorForStatus(fault.status)] } },
          rateLimit,
        );
      }
      if (!ctx.state.rateLimiter.take(check.token.grant, operation, nowMs)) {
        return sendSpAnswer(res, { status: 429, body: { errors: [QUOTA_EXCEEDED] } }, undefined);
      }
      const body = readBody(req);
      const pathParams = Object.fromEntries(Object.entries(req.params).map(([k, v]) => [k, String(v)]));
      const answer =
        findStaticExample(operation, { query: req.query as Record<string, unknown>, pathParams, body }) ??
        (await handler({
          req,
          token: check.token,
          body,
          nowMs,
          requestId: String(res.getHeader('x-amzn-RequestId')),
        }));
      if (fault?.latencyMs && fault.delayAnswer) await sleep(fault.latencyMs);
      if (fault?.malformed) return sendMalformed(res, answer, fault, rateLimit);
      return sendSpAnswer(res, answer, rateLimit);
    } catch (error) {
      if (error instanceof SpApiError) return sendSpError(res, error, rateLimit);
      ctx.options.logger?.error({ err: error, operation }, 'sandbox operation failed');
      return sendSpError(res, new SpApiError(500, [errorForStatus(500)]), undefined);
    }
  };
}
