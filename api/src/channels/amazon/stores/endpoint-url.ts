import { z } from 'zod';

/** 127.0.0.0/8, ::1 and localhost: this machine, where the local SP-API sandbox listens. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Why `raw` may not be a store's endpoint, or null when it may. */
function endpointProblem(raw: string): string | null {
  if (!URL.canParse(raw)) return 'must be a URL such as https://sellingpartnerapi-na.amazon.com';
  const url = new URL(raw);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return 'must use https; plain http only on this machine (http://127.0.0.1:3100, the local sandbox)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash) return 'must not have a query or a fragment';
  return null;
}

/**
 * An endpoint override: an https URL, or an http URL on a loopback address (the local SP-API sandbox,
 * which is never reached over a network). Stored without a trailing slash; empty or null means Amazon's
 * own endpoint (the region's, or Login with Amazon's).
 */
export const endpointUrl = z
  .string({ error: "must be a URL, or null for Amazon's own endpoint" })
  .trim()
  .max(500, 'must be at most 500 characters')
  .superRefine((raw, ctx) => {
    const problem = raw === '' ? null : endpointProblem(raw);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((raw) => (raw === '' ? null : new URL(raw).href.replace(/\/+$/, '')))
  .nullable();

/**
 * Where a store logs in with Amazon: the URL given (null: Amazon's), else the sandbox's own token route when the endpoint is
 * a loopback one (the sandbox answers Login with Amazon too, and Amazon's would refuse its credentials),
 * else Amazon's (null).
 */
export function lwaEndpointFor(
  endpoint: string | null,
  lwaEndpoint: string | null | undefined,
): string | null {
  if (lwaEndpoint !== undefined) return lwaEndpoint;
  if (endpoint !== null && isLoopbackHost(new URL(endpoint).hostname)) return `${endpoint}/auth/o2/token`;
  return null;
}
