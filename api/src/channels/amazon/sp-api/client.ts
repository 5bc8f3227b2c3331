import type { Logger } from 'pino';
import type { ErrorRecorder } from './errors.js';
import { FeedsApi } from './feeds-api.js';
import { httpCaller, type HttpCaller } from './http-call.js';
import { LwaTokenProvider, type LwaCredentials } from './lwa.js';
import { Orders2026Api } from './orders-2026-api.js';
import { OrdersApi } from './orders-api.js';
import type { RateLimits } from './rate-limits.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { SpApiTransport } from './transport.js';

export interface SpApiClientOptions {
  storeId: number;
  /** A regional endpoint, the sandbox, or any URL. */
  baseUrl: string;
  lwaTokenUrl: string;
  credentials: LwaCredentials;
  rateLimits: RateLimits;
  recordError: ErrorRecorder;
  logger: Logger;
  timeoutMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** How HTTP calls are made (default: keep-alive undici with `timeoutMs`); tests observe calls with it. */
  http?: HttpCaller;
}

export interface SpApiClient {
  /** Orders API v0. */
  orders: OrdersApi;
  /** Orders API 2026-01-01: getOrder, who cancelled an order. */
  orders2026: Orders2026Api;
  feeds: FeedsApi;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The connector for one store: the same code against Amazon and against the sandbox. */
export function createSpApiClient(options: SpApiClientOptions): SpApiClient {
  const logger = options.logger.child({ storeId: options.storeId });
  const http = options.http ?? httpCaller(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const transport = new SpApiTransport({
    storeId: options.storeId,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    lwa: new LwaTokenProvider(options.lwaTokenUrl, options.credentials, http),
    http,
    rateLimits: options.rateLimits,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    recordError: options.recordError,
    logger,
    sleep: options.sleep,
  });
  return {
    orders: new OrdersApi(transport, logger),
    orders2026: new Orders2026Api(transport, logger),
    feeds: new FeedsApi(transport),
  };
}
