// A PostgreSQL database of the suite's own on DATABASE_URL's server, migrated and seeded with the demo
// catalog, users and store (pointing at the test's sandbox), and dropped again at the end.
import { randomBytes } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { pino } from 'pino';
import { migrate } from '@orderdesk/migrations';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { openDatabase } from '../../src/db/database.js';

export const DEMO_PASSWORD = 'resilience-demo-password';
export const SECRET_KEY = 'resilience-secret-key-0123456789-abcdefghij';

export interface ResilienceDatabase {
  url: string;
  knex: Knex;
  storeId: number;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'The resilience suite needs DATABASE_URL (a PostgreSQL server it may create databases on)',
    );
  return url;
}

export async function createResilienceDatabase(
  label: string,
  options: { sandboxPort: number },
): Promise<ResilienceDatabase> {
  const name = `orderdesk_resilience_${label}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl(), pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const logger = pino({ level: 'silent' });
  const db = await openDatabase({ databaseUrl: url.toString(), embeddedDataDir: '', poolMax: 4, logger });
  await migrate(db.knex);
  await bootstrapDemo(
    db.knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: options.sandboxPort, secretKey: SECRET_KEY },
    logger,
  );
  // Plenty of every enabled SKU: the suite is about faults, not shortages (disabled SKUs still block).
  await db.knex('inventory_stock').where({ is_enabled: true }).update({ on_hand: 1_000_000 });
  const storeId = (await db.knex('amazon_stores').first('id')).id as number;
  return {
    url: url.toString(),
    knex: db.knex,
    storeId,
    drop: async () => {
      await db.close();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}
