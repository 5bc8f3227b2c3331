import { Agent, request as undiciRequest } from 'undici';
import { SpApiError } from './errors.js';

export interface HttpRequest {
  operation: string;
  url: string;
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** An answer's headers by name (any case), as `Headers.get` reads them. */
export interface AnswerHeaders {
  get(name: string): string | null;
}

export interface HttpAnswer {
  status: number;
  headers: AnswerHeaders;
  /** The parsed JSON body; undefined when there was none; a ParseFailure when it did not parse. */
  json: unknown;
  bytes: Uint8Array;
}

export const PARSE_FAILURE = Symbol('body is not JSON');

export type HttpCaller = (request: HttpRequest) => Promise<HttpAnswer>;

/**
 * Keep-alive connections shared by every store's client: a sync's item calls reuse a few sockets instead
 * of opening one each. undici's request API costs far less per call than fetch, which matters at
 * thousands of calls a second.
 */
const agent = new Agent({ connections: 32, keepAliveTimeout: 10_000 });

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** One HTTP exchange with a timeout; no answer (network, timeout) becomes an SpApiError with status null. */
export function httpCaller(timeoutMs: number): HttpCaller {
  return async (request) => {
    let status: number;
    let headers: AnswerHeaders;
    let bytes: Uint8Array;
    try {
      const res = await undiciRequest(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        dispatcher: agent,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = res.statusCode;
      headers = headersOf(res.headers);
      bytes = new Uint8Array(await res.body.arrayBuffer());
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const timedOut = TIMEOUT_CODES.has(code);
      throw new SpApiError({
        operation: request.operation,
        status: null,
        code: timedOut ? 'Timeout' : 'NetworkError',
        message: timedOut
          ? `No answer within ${timeoutMs} ms`
          : `Could not reach ${new URL(request.url).host}: ${(error as Error).message}`,
      });
    }
    return { status, headers, json: parseJson(bytes), bytes };
  };
}

/**
 * undici's headers (names in lower case) read as `Headers` would read them; a WHATWG Headers object costs
 * more to fill than the two headers a call reads, thousands of times a sync.
 */
function headersOf(raw: Record<string, string | string[] | undefined>): AnswerHeaders {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return undefined;
  // As TextDecoder would decode it (a byte order mark skipped), without making one per call.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('utf8'),
    );
  } catch {
    return PARSE_FAILURE;
  }
}
