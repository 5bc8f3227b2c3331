import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

/**
 * pg-boss: jobs, schedules and retries kept in PostgreSQL (schema `pgboss`), so any number of worker
 * processes share them, a cron schedule fires once whatever the number of processes, and a job survives
 * a crash. Version 10: the newest that supports Node 20.
 */
export async function startJobEngine(
  connectionString: string,
  logger: Logger,
  options: { maxConnections: number },
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    max: options.maxConnections,
    application_name: 'order-desk-jobs',
    // Job rows of the last week are kept for the record; older ones are removed.
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job engine error'));
  await boss.start();
  return boss;
}
