// Tests drive the sandbox over real HTTP: it listens on 127.0.0.1:0 and is called with fetch, exactly as
// the connector calls Amazon.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createSandbox, type Sandbox } from '../app.js';
import type { SandboxOptions } from '../options.js';

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  body: T;
}

export interface RunningSandbox {
  sandbox: Sandbox;
  baseUrl: string;
  /** A fresh access token; each refresh token is its own rate-limit bucket, so tests default to a new one. */
  token(refreshToken?: string): Promise<string>;
  /** An SP-API call with the access token. */
  call<T = unknown>(method: string, path: string, token: string, body?: unknown): Promise<Answer<T>>;
  /** A control route (JSON, no token). */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>>;
  close(): Promise<void>;
}

async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: body as T };
}

/** Test defaults: reproducible orders, fast feeds, no rate limits unless a test asks for them. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox({ random: 42, feedProcessingDelayMs: 50, rateLimits: false, ...options });
  const server: Server = await new Promise((resolve) => {
    const s = sandbox.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  sandbox.start();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const json = (body: unknown) =>
    body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };

  return {
    sandbox,
    baseUrl,
    async token(refreshToken = `Atzr|test-${randomUUID()}`) {
      const response = await fetch(`${baseUrl}/auth/o2/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: 'amzn1.application-oa2-client.test',
          client_secret: 'secret',
        }),
      });
      const { access_token: accessToken } = (await response.json()) as { access_token: string };
      return accessToken;
    },
    async call(method, path, token, body) {
      const request = json(body);
      return answer(
        await fetch(`${baseUrl}${path}`, {
          method,
          ...request,
          headers: { ...('headers' in request ? request.headers : {}), 'x-amz-access-token': token },
        }),
      );
    },
    async control(method, path, body) {
      return answer(await fetch(`${baseUrl}/_sandbox${path}`, { method, ...json(body) }));
    },
    async close() {
      sandbox.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
