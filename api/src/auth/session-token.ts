import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'od_session';

/** A fresh random session token (sent in the cookie) and its SHA-256 (the only thing stored). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
