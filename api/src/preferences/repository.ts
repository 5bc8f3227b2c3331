import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

/** Every preference of one user, as `{ key: value }`. */
export async function readPreferences(db: Db, userId: number): Promise<Record<string, unknown>> {
  const rows = (await db('user_preferences')
    .where({ user_id: userId })
    .orderBy('key')
    .select('key', 'value')) as { key: string; value: unknown }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/**
 * Inserts or replaces one preference in one statement, unless that would be a new key past `maxKeys`:
 * answers whether it was stored. The caller holds the user's row lock, so two new keys cannot both pass.
 */
export async function upsertPreference(
  db: Db,
  userId: number,
  key: string,
  value: unknown,
  maxKeys: number,
): Promise<boolean> {
  const result = await db.raw<{ rows?: unknown[] }>(
    `insert into user_preferences (user_id, key, value, updated_at)
     select ?, ?, ?::jsonb, now()
     where exists (select 1 from user_preferences where user_id = ? and key = ?)
        or (select count(*) from user_preferences where user_id = ?) < ?
     on conflict (user_id, key) do update set value = excluded.value, updated_at = excluded.updated_at
     returning key`,
    [userId, key, JSON.stringify(value), userId, key, userId, maxKeys],
  );
  return (result.rows ?? []).length > 0;
}

/** Deletes one preference; answers whether there was one. */
export async function deletePreference(db: Db, userId: number, key: string): Promise<boolean> {
  return (await db('user_preferences').where({ user_id: userId, key }).delete()) > 0;
}
