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
