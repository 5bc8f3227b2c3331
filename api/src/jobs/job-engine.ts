import type { Knex } from 'knex';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';

/**
 * pg-boss: jobs, schedules and retries kept in PostgreSQL (schema `pgboss`), so any number of worker
 * processes share them, a cron schedule fires once whatever the number of processes, and a job survives
 * a crash. Version 10: the newest that supports Node 20.
 *
 * On PostgreSQL it has its own pool of `maxConnections`. On the embedded database it runs its SQL on the
 * application's one connection instead (see `onApplicationConnection`), so never await a job-engine call
 * while holding a transaction (send jobs after the commit, as the outbox does): it would wait for that
 * connection until knex's acquire timeout.
 */
export async function startJobEngine(
  db: Database,
  logger: Logger,
  options: { maxConnections: number },
): Promise<PgBoss> {
  const boss = new PgBoss({
    ...(db.kind === 'embedded'
      ? { db: onApplicationConnection(db.knex) }
      : { connectionString: db.connectionString, max: options.maxConnections }),
    application_name: 'order-desk-jobs',
    // Job rows of the last week are kept for the record; older ones are removed.
    deleteAfterDays: 7,
    // Maintenance (once across all processes) also expires jobs whose worker died: see tick-queue.ts.
    maintenanceIntervalSeconds: 30,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job engine error'));
  await boss.start();
  return boss;
}

/**
 * pg-boss's SQL on a connection of the application's knex pool (each call one statement, or one
 * BEGIN…COMMIT text, as on its own pool). PGlite is a single session and pglite-socket interleaves the
 * extended-protocol messages of concurrent client connections (one's Parse between another's Parse and
 * Bind: "bind message supplies 3 parameters, but prepared statement requires 2", or another query's
 * rows), so on the embedded database everything goes through the application's one connection.
 */
function onApplicationConnection(knex: Knex): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const connection = (await knex.client.acquireConnection()) as pg.ClientBase;
      try {
        return await connection.query(text, values);
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
}
