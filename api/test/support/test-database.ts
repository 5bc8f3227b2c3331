import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { pino } from 'pino';
import { openDatabase, type Database } from '../../src/db/database.js';

export const testDbKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'embedded';

/**
 * A fresh, empty database for one test file: an in-memory PGlite, or a new database created on the
 * DATABASE_URL server (dropped again on close), so test files never see each other's rows.
 */
export async function openTestDatabase(): Promise<Database> {
  const logger = pino({ level: 'silent' });
  if (testDbKind === 'embedded') {
    return openDatabase({ databaseUrl: undefined, embeddedDataDir: 'memory://', poolMax: 4, logger });
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DB=postgres needs DATABASE_URL');
  const name = `orderdesk_test_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), embeddedDataDir: '', poolMax: 5, logger });
  return {
    ...db,
    close: async () => {
      await db.close();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}
