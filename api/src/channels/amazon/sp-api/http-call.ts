import { SpApiError } from './errors.js';

export interface HttpRequest {
  operation: string;
  url: string;
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when there was none; a ParseFailure when it did not parse. */
  json: unknown;
  bytes: Uint8Array;
}

export const PARSE_FAILURE = Symbol('body is not JSON');

export type HttpCaller = (request: HttpRequest) => Promise<HttpAnswer>;

/** One HTTP exchange with a timeout; no answer (network, timeout) becomes an SpApiError with status null. */
export function httpCaller(timeoutMs: number): HttpCaller {
  return async (request) => {
    let res: Response;
    let bytes: Uint8Array;
    try {
      res = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new SpApiError({
        operation: request.operation,
        status: null,
        code: timedOut ? 'Timeout' : 'NetworkError',
        message: timedOut
          ? `No answer within ${timeoutMs} ms`
          : `Could not reach ${new URL(request.url).host}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
      });
    }
    return { status: res.status, headers: res.headers, json: parseJson(bytes), bytes };
  };
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return PARSE_FAILURE;
  }
}
