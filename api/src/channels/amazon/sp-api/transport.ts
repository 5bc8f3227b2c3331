import type { Logger } from 'pino';
import type { z } from 'zod';
import { SpApiError, type ErrorRecorder } from './errors.js';
import { PARSE_FAILURE, type HttpAnswer, type HttpCaller } from './http-call.js';
import type { LwaTokenProvider } from './lwa.js';
import type { RateLimits } from './rate-limits.js';
import { backoffDelay, type RetryPolicy } from './retry-policy.js';
import { spApiErrorBodySchema } from './schemas/errors.js';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface SpApiRequest<S extends z.ZodType> {
  operation: string;
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Validates a 2xx body; null for answers without one (204). */
  schema: S | null;
  /**
   * False for a call that must not be repeated blindly (confirmShipment, createFeed): after a failure that
   * may have taken effect it is not retried here, and the caller finds out what Amazon did. Default true.
   */
  idempotent?: boolean;
}

export interface TransportOptions {
  storeId: number;
  baseUrl: string;
  lwa: LwaTokenProvider;
  http: HttpCaller;
  rateLimits: RateLimits;
  retry: RetryPolicy;
  recordError: ErrorRecorder;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * One SP-API call as Amazon wants it: within the store's token bucket, with a fresh LWA access token,
 * a timeout, bounded retries with backoff for throttling and Amazon-side failures, and the answer
 * validated at the edge. A failure that reaches the caller is recorded once as a communication error.
 */
export class SpApiTransport {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TransportOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  call<S extends z.ZodType>(request: SpApiRequest<S>): Promise<z.infer<S>> {
    return this.withRetries(request.operation, () => this.attempt(request), request.idempotent ?? true);
  }

  /**
   * A transfer to or from a pre-signed document URL (Amazon's S3): no access token, no usage plan, but the
   * same timeout, retries and error recording.
   */
  presigned(
    operation: string,
    method: 'GET' | 'PUT',
    url: string,
    body?: { bytes: Uint8Array; contentType: string },
    decode: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes,
  ) {
    return this.withRetries(operation, async () => {
      const answer = await this.options.http({
        operation,
        url,
        method,
        headers: body ? { 'content-type': body.contentType } : {},
        body: body?.bytes,
      });
      if (answer.status < 200 || answer.status >= 300) {
        throw new SpApiError({
          operation,
          status: answer.status,
          code: `HTTP ${answer.status}`,
          message: `The document URL answered ${answer.status}`,
        });
      }
      return decode(answer.bytes);
    });
  }

  private async withRetries<T>(operation: string, attempt: () => Promise<T>, idempotent = true): Promise<T> {
    try {
      return await this.retrying(operation, attempt, idempotent);
    } catch (error) {
      const failure =
        error instanceof SpApiError
          ? error
          : new SpApiError({ operation, status: null, code: 'ClientError', message: String(error) });
      await this.record(failure);
      throw failure;
    }
  }

  private async retrying<T>(
    operation: string,
    attemptOnce: () => Promise<T>,
    idempotent: boolean,
  ): Promise<T> {
    const { retry, logger } = this.options;
    let refreshedToken = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptOnce();
      } catch (error) {
        if (!(error instanceof SpApiError)) throw error;
        if (error.status === 403 && error.code === 'Unauthorized' && !refreshedToken) {
          // Amazon ended the token before its announced expiry: exchange again once, right away.
          refreshedToken = true;
          this.options.lwa.invalidate();
          attempt--;
          continue;
        }
        if (!error.retryable || attempt >= retry.maxRetries) throw error;
        // Sending it again could do it twice (two feeds, a second confirmation Amazon refuses).
        if (!idempotent && error.mayHaveTakenEffect) throw error;
        const delay = backoffDelay(retry, attempt + 1);
        logger.warn(
          { operation, status: error.status, code: error.code, retryInMs: delay },
          'SP-API call failed, retrying',
        );
        await this.sleep(delay);
      }
    }
  }

  private async attempt<S extends z.ZodType>(request: SpApiRequest<S>): Promise<z.infer<S>> {
    const { storeId, rateLimits } = this.options;
    await rateLimits.acquire(storeId, request.operation);
    const accessToken = await this.options.lwa.accessToken();
    const answer = await this.options.http({
      operation: request.operation,
      url: this.url(request),
      method: request.method,
      headers: {
        'x-amz-access-token': accessToken,
        accept: 'application/json',
        'user-agent': 'OrderDesk/1.0 (Language=TypeScript; Platform=Node)',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const requestId = answer.headers.get('x-amzn-requestid');
    if ([200, 201, 202, 204, 400, 404].includes(answer.status)) {
      rateLimits.observeLimit(storeId, request.operation, answer.headers.get('x-amzn-ratelimit-limit'));
    }
    if (answer.status === 429) rateLimits.throttled(storeId, request.operation);
    if (answer.status < 200 || answer.status >= 300)
      throw this.errorFrom(request.operation, answer, requestId);
    if (!request.schema) return undefined as z.infer<S>;
    const parsed = request.schema.safeParse(answer.json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid';
      throw new SpApiError({
        operation: request.operation,
        status: answer.status,
        code: 'MalformedResponse',
        message:
          answer.json === PARSE_FAILURE
            ? 'The answer is not valid JSON'
            : `Unexpected answer shape (${where})`,
        requestId,
      });
    }
    return parsed.data;
  }

  private errorFrom(operation: string, answer: HttpAnswer, requestId: string | null): SpApiError {
    const body = spApiErrorBodySchema.safeParse(answer.json);
    const first = body.success ? body.data.errors[0] : undefined;
    return new SpApiError({
      operation,
      status: answer.status,
      code: first?.code ?? `HTTP ${answer.status}`,
      message: first?.message ?? first?.details ?? `Amazon answered ${answer.status} without an error body`,
      requestId,
    });
  }

  private url(request: SpApiRequest<z.ZodType>): string {
    const url = new URL(this.options.baseUrl + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value === undefined) continue;
      // Swagger 2's default collectionFormat (csv): arrays travel comma-separated.
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url.toString();
  }

  private async record(error: SpApiError): Promise<void> {
    try {
      await this.options.recordError(error);
    } catch (recordingError) {
      this.options.logger.error(
        { err: recordingError, failure: error.message },
        'could not record a communication error',
      );
    }
  }
}
