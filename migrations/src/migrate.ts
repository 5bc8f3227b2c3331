import type { Knex } from 'knex';
import { MIGRATIONS, type NamedMigration } from './migrations/index.js';

/** Knex reads the migrations from the static list instead of scanning a directory. */
export const migrationSource: Knex.MigrationSource<NamedMigration> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: (entry) => entry.name,
  getMigration: async (entry) => entry.migration,
};

const ATTEMPTS = 5;

/**
 * Applies every pending migration (each in its own transaction); answers the names applied.
 * Several processes may boot at once: knex's lock serialises them once its tables exist, but on a
 * fresh database they race to create knex_migrations, so the loser waits and tries again.
 */
export async function migrate(knex: Knex): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [, applied] = (await knex.migrate.latest({ migrationSource })) as [number, string[]];
      return applied;
    } catch (err) {
      if (attempt >= ATTEMPTS || !lostBootRace(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Undoes every applied migration, newest first (tests only); answers the names undone. */
export async function rollbackAll(knex: Knex): Promise<string[]> {
  const [, undone] = (await knex.migrate.rollback({ migrationSource }, true)) as [number, string[]];
  return undone;
}

// 23505/42P07: another process created knex's tables first; MigrationLocked: it holds knex's lock.
function lostBootRace(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  return err.name === 'MigrationLocked' || code === '23505' || code === '42P07';
}
