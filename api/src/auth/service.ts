import type { Knex } from 'knex';
import { recordAudit } from '../audit/repository.js';
import { UnauthorizedError } from '../http/errors.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import * as repo from './repository.js';
import { newSessionToken, sessionIdOf } from './session-token.js';
import type { SessionUser } from './session-user.js';

export interface ClientInfo {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** A session's expiry slides forward when it is used, at most once a minute. */
const SLIDE_EVERY_MS = 60_000;

export class AuthService {
  constructor(
    private readonly db: Knex,
    private readonly sessionTtlMs: number,
  ) {}

  async login(
    username: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ token: string; user: SessionUser }> {
    const found = await repo.findUserByUsername(this.db, username);
    const valid = await verifyPassword(found?.password_hash ?? (await decoyPasswordHash()), password);
    if (!found || !valid || !found.is_active) {
      await recordAudit(this.db, {
        user: found ? { id: found.id, username: found.username } : null,
        action: 'auth.login_failed',
        resource: 'users',
        recordId: found?.id ?? null,
        details: {
          username,
          ip: client.ip,
          reason: !found ? 'unknown user' : !valid ? 'wrong password' : 'disabled',
        },
      });
      throw new UnauthorizedError('Wrong username or password.');
    }
    const user: SessionUser = {
      id: found.id,
      username: found.username,
      role: found.role,
      full_name: found.full_name,
    };
    const { token, id } = newSessionToken();
    await this.db.transaction(async (trx) => {
      await repo.insertSession(trx, { id, userId: user.id, expiresAt: this.expiry(), ...client });
      await recordAudit(trx, {
        user,
        action: 'auth.login',
        resource: 'users',
        recordId: user.id,
        details: { ip: client.ip },
      });
    });
    return { token, user };
  }

  /** The user behind a session token, or null; extends the session while it is in use. */
  async authenticate(token: string): Promise<SessionUser | null> {
    const sessionId = sessionIdOf(token);
    const row = await repo.findLiveSession(this.db, sessionId);
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > SLIDE_EVERY_MS) {
      await repo.extendSession(this.db, sessionId, this.expiry());
    }
    return { id: row.user_id, username: row.username, role: row.role, full_name: row.full_name };
  }

  async logout(token: string, user: SessionUser): Promise<void> {
    await this.db.transaction(async (trx) => {
      await repo.deleteSession(trx, sessionIdOf(token));
      await recordAudit(trx, { user, action: 'auth.logout', resource: 'users', recordId: user.id });
    });
  }

  private expiry(): Date {
    return new Date(Date.now() + this.sessionTtlMs);
  }
}
