// LWA access tokens issued by the sandbox's /auth/o2/token. A token belongs to a grant (client id +
// refresh token): that pair is the "application-selling partner pair" Amazon's usage plans are per.
import { randomBytes } from 'node:crypto';

export interface IssuedToken {
  /** client_id + refresh token (or scope, for grantless tokens): the key of the rate-limit buckets. */
  grant: string;
  /** Grantless (client_credentials) tokens cannot call the seller's Orders and Feeds operations. */
  grantless: boolean;
  expiresAtMs: number;
}

export type TokenCheck =
  { ok: true; token: IssuedToken } | { ok: false; reason: 'missing' | 'unknown' | 'expired' };

/** Above this many tokens, expired ones are swept when the next is issued. */
const SWEEP_ABOVE = 10_000;

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  issue(grant: string, grantless: boolean, ttlSeconds: number, nowMs: number): string {
    if (this.tokens.size > SWEEP_ABOVE) this.sweep(nowMs);
    // Amazon's access tokens start with "Atza|"; the rest is opaque.
    const accessToken = `Atza|${randomBytes(48).toString('base64url')}`;
    this.tokens.set(accessToken, { grant, grantless, expiresAtMs: nowMs + ttlSeconds * 1000 });
    return accessToken;
  }

  check(accessToken: string | undefined, nowMs: number): TokenCheck {
    if (!accessToken) return { ok: false, reason: 'missing' };
    const token = this.tokens.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (token.expiresAtMs <= nowMs) return { ok: false, reason: 'expired' };
    return { ok: true, token };
  }

  /** Expires every token issued so far (they stay known, so callers get "expired", not "denied"). */
  expireAll(nowMs: number): number {
    for (const token of this.tokens.values()) token.expiresAtMs = Math.min(token.expiresAtMs, nowMs);
    return this.tokens.size;
  }

  clear(): void {
    this.tokens.clear();
  }

  private sweep(nowMs: number): void {
    for (const [key, token] of this.tokens) if (token.expiresAtMs <= nowMs) this.tokens.delete(key);
  }
}
