import type { Knex } from 'knex';

export const userColumns = ['id', 'username', 'role', 'full_name', 'email', 'is_active', 'created_at'];

export function usernameTaken(db: Knex | Knex.Transaction, username: string): Promise<unknown> {
  return db('users').whereRaw('lower(username) = lower(?)', [username]).first('id');
}

export async function insertUser(
  db: Knex | Knex.Transaction,
  user: { username: string; password_hash: string; role: string; full_name: string; email: string | null },
): Promise<Record<string, unknown>> {
  const [row] = await db('users').insert(user).returning(userColumns);
  return row as Record<string, unknown>;
}

export interface UserRow {
  id: number;
  username: string;
  role: string;
  full_name: string;
  email: string | null;
  is_active: boolean;
}

/** Locks a user's row for a change; undefined when there is no such user. */
export function lockUser(trx: Knex.Transaction, id: number): Promise<UserRow | undefined> {
  return trx('users')
    .where({ id })
    .forUpdate()
    .first('id', 'username', 'role', 'full_name', 'email', 'is_active');
}

/** Active administrators other than this user. */
export async function otherActiveAdmins(trx: Knex.Transaction, id: number): Promise<number> {
  const row = await trx('users')
    .where({ role: 'admin', is_active: true })
    .whereNot({ id })
    .first(trx.raw('count(*)::integer as count'));
  return Number(row?.count ?? 0);
}

export async function updateUserRow(
  trx: Knex.Transaction,
  id: number,
  changes: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const [row] = await trx('users')
    .where({ id })
    .update({ ...changes, updated_at: trx.fn.now() })
    .returning(userColumns);
  return row as Record<string, unknown>;
}

/** Ends a user's sessions, but for `keepSessionId` (the session making the change, when it is theirs). */
export async function endSessionsOf(
  trx: Knex.Transaction,
  userId: number,
  keepSessionId: string | null,
): Promise<number> {
  const query = trx('sessions').where({ user_id: userId });
  if (keepSessionId) query.whereNot({ id: keepSessionId });
  return query.delete();
}
