import type { Knex } from 'knex';
import type { Role } from '@orderdesk/migrations';
import type { SessionUser } from './session-user.js';

export interface UserWithHash extends SessionUser {
  password_hash: string;
  is_active: boolean;
}

export function findUserByUsername(db: Knex, username: string): Promise<UserWithHash | undefined> {
  return db('users')
    .select('id', 'username', 'role', 'full_name', 'password_hash', 'is_active')
    .whereRaw('lower(username) = lower(?)', [username])
    .first();
}

export async function insertSession(
  db: Knex,
  session: {
    id: string;
    userId: number;
    expiresAt: Date;
    ip: string | undefined;
    userAgent: string | undefined;
  },
): Promise<void> {
  await db('sessions').insert({
    id: session.id,
    user_id: session.userId,
    expires_at: session.expiresAt,
    ip: session.ip ?? null,
    user_agent: session.userAgent?.slice(0, 500) ?? null,
  });
}

export interface SessionRow {
  user_id: number;
  username: string;
  role: Role;
  full_name: string;
  last_seen_at: Date;
}

/** The live session and its active user, or undefined when expired, unknown or the user is disabled. */
export function findLiveSession(db: Knex, sessionId: string): Promise<SessionRow | undefined> {
  return db('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .select('s.user_id', 'u.username', 'u.role', 'u.full_name', 's.last_seen_at')
    .where('s.id', sessionId)
    .andWhere('s.expires_at', '>', db.fn.now())
    .andWhere('u.is_active', true)
    .first();
}

export async function extendSession(db: Knex, sessionId: string, expiresAt: Date): Promise<void> {
  await db('sessions').where({ id: sessionId }).update({ last_seen_at: db.fn.now(), expires_at: expiresAt });
}

export async function deleteSession(db: Knex, sessionId: string): Promise<void> {
  await db('sessions').where({ id: sessionId }).delete();
}

export async function deleteExpiredSessions(db: Knex): Promise<number> {
  return db('sessions').where('expires_at', '<=', db.fn.now()).delete();
}
