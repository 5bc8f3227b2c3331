import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from 'pino';
import type { EmbeddedPostgres } from './embedded.js';

export interface Database {
  knex: Knex;
  /** 'postgres' for DATABASE_URL, 'embedded' for PGlite under DATA_DIR. */
  kind: 'postgres' | 'embedded';
  /** For libraries that open their own connections (the job engine). */
  connectionString: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files; 'memory://' for a throwaway one (tests). */
  embeddedDataDir: string;
  poolMax: number;
  logger: Logger;
}

// timestamptz and numeric keep PostgreSQL's meaning: Date objects and exact decimal strings.
// int8 (bigint ids, count(*)) becomes a JS number: our ids and counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens knex on the `pg` driver for both kinds of database, so migrations and queries are the same code:
 * a real PostgreSQL from DATABASE_URL, or PGlite served on a loopback socket by pglite-socket.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const knex = createKnex(options.databaseUrl, options.poolMax);
    await knex.raw('select 1');
    return { knex, kind: 'postgres', connectionString: options.databaseUrl, close: () => knex.destroy() };
  }
  // Loaded only here: a process on DATABASE_URL never loads PGlite (a chunk of its own in the build).
  const { startEmbeddedPostgres } = await import('./embedded.js');
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(options.embeddedDataDir, options.logger);
  const knex = createKnex(embedded.connectionString, embedded.appPoolSize);
  await knex.raw('select 1');
  return {
    knex,
    kind: 'embedded',
    connectionString: embedded.connectionString,
    close: async () => {
      await knex.destroy();
      await embedded.stop();
    },
  };
}

function createKnex(connectionString: string, poolMax: number): Knex {
  return knexFactory({
    client: 'pg',
    connection: { connectionString, application_name: 'order-desk' },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: 30_000,
  });
}
