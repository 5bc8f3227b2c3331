import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createSandbox, type SandboxOptions } from '../../src/channels/amazon/sandbox/index.js';
import {
  createSpApiClient,
  type SpApiClient,
  type SpApiClientOptions,
} from '../../src/channels/amazon/sp-api/client.js';
import type { SpApiError } from '../../src/channels/amazon/sp-api/errors.js';
import { RateLimits } from '../../src/channels/amazon/sp-api/rate-limits.js';

export interface TestSandbox {
  url: string;
  port: number;
  /** POST a control route (`/_sandbox/...`) and answer its JSON; throws on a non-2xx. */
  control<T = unknown>(path: string, body?: unknown): Promise<T>;
  get<T = unknown>(path: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The SP-API sandbox on a random loopback port, rate limits off unless asked, fast feed processing.
 * `rateScale` and `logger` are the sandbox's options (benchmarks: time-compressed plans, request counts).
 */
export async function startTestSandbox(
  options: { rateLimits?: boolean } & Pick<SandboxOptions, 'rateScale' | 'logger'> = {},
): Promise<TestSandbox> {
  const sandbox = createSandbox({
    rateLimits: options.rateLimits ?? false,
    feedProcessingDelayMs: 50,
    ...(options.rateScale !== undefined ? { rateScale: options.rateScale } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  sandbox.start();
  const server: Server = await new Promise((resolve) => {
    const listening = sandbox.app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    url,
    port,
    control: (path, body) => call('POST', path, body ?? {}),
    get: (path) => call('GET', path),
    close: async () => {
      sandbox.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * An SP-API client of the sandbox with quick retries, no pacing and a silent logger, that keeps every
 * communication error it records. `options` override any of those (a refresh token, rate limits, a timeout).
 */
export function connectToSandbox(
  sandbox: Pick<TestSandbox, 'url'>,
  options: { refreshToken?: string } & Partial<
    Pick<SpApiClientOptions, 'rateLimits' | 'http' | 'timeoutMs'>
  > = {},
): { client: SpApiClient; recorded: SpApiError[] } {
  const { refreshToken = 'Atzr|test', ...overrides } = options;
  const recorded: SpApiError[] = [];
  const client = createSpApiClient({
    storeId: 1,
    baseUrl: sandbox.url,
    lwaTokenUrl: `${sandbox.url}/auth/o2/token`,
    credentials: { client_id: 'test-client', client_secret: 'secret', refresh_token: refreshToken },
    rateLimits: new RateLimits({ enabled: false }),
    recordError: async (error) => void recorded.push(error),
    logger: pino({ level: 'silent' }),
    retry: { maxRetries: 4, baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
  return { client, recorded };
}
