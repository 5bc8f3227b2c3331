import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type PgBoss from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '@orderdesk/migrations';
import { openDatabase, type Database } from '../src/db/database.js';
import { startJobEngine } from '../src/jobs/job-engine.js';

const logger = pino({ level: 'silent' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orderdesk-embedded-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const open = () => openDatabase({ databaseUrl: undefined, embeddedDataDir: dataDir, poolMax: 4, logger });

// Runs in the api-embedded project only (vitest.config.ts): it is about PGlite itself.
describe('the embedded PostgreSQL (PGlite under DATA_DIR)', () => {
  // Migrating a PGlite on disk (each statement synced to its files) takes 15-30 s on a loaded machine.
  it('keeps its data across restarts', async () => {
    const first = await open();
    await migrate(first.knex);
    await first.knex('inventory_stock').insert({ sku: 'KEEP-ME-1', name: 'Survives a restart', on_hand: 7 });
    await first.close();

    const second = await open();
    expect(await migrate(second.knex)).toEqual([]);
    const row = await second.knex('inventory_stock').where({ sku: 'KEEP-ME-1' }).first();
    expect(row).toMatchObject({ name: 'Survives a restart', on_hand: 7 });
    await second.close();
  }, 120_000);

  it('refuses a second process on the same DATA_DIR with a clear message', async () => {
    const db = await open();
    try {
      fs.writeFileSync(path.join(dataDir, 'orderdesk.pid'), String(process.ppid));
      await expect(open()).rejects.toThrow(/in use by process .* DATABASE_URL/);
    } finally {
      fs.writeFileSync(path.join(dataDir, 'orderdesk.pid'), String(process.pid));
      await db.close();
    }
  });

  it('runs concurrent transactions that lock one row without losing an update', async () => {
    const db = await open();
    try {
      await db.knex('inventory_stock').insert({ sku: 'RACE-1', name: 'Counter', on_hand: 0 });
      await Promise.all(
        Array.from({ length: 20 }, () =>
          db.knex.transaction(async (trx) => {
            const row = await trx('inventory_stock').where({ sku: 'RACE-1' }).forUpdate().first();
            await trx('inventory_stock')
              .where({ sku: 'RACE-1' })
              .update({ on_hand: row.on_hand + 1 });
          }),
        ),
      );
      expect((await db.knex('inventory_stock').where({ sku: 'RACE-1' }).first()).on_hand).toBe(20);
    } finally {
      await db.close();
    }
  });

  it('serves the job engine and the application at once without mixing their statements', async () => {
    const db = await openDatabase({
      databaseUrl: undefined,
      embeddedDataDir: 'memory://',
      poolMax: 4,
      logger,
    });
    const boss = await startJobEngine(db, logger, { maxConnections: 4 });
    try {
      await db.knex.raw('create table stress (id serial primary key, n int not null, label text not null)');
      await boss.createQueue('stress', { name: 'stress', policy: 'standard' });
      const errors: string[] = [];
      const loop = (times: number, work: (i: number) => Promise<unknown>) =>
        (async () => {
          for (let i = 0; i < times; i++) await work(i).catch((error: Error) => errors.push(error.message));
        })();
      const rounds = 40;
      // The application's statements (1, 2, 3 parameters, inside and outside transactions) while the job
      // engine sends, fetches and completes jobs as its workers do. When the job engine had connections of
      // its own, pglite-socket interleaved their extended-protocol messages with the application's in
      // PGlite's one session: "bind message supplies 3 parameters, but prepared statement requires 2".
      await Promise.all([
        loop(rounds, (n) => applicationWork(db, n)),
        loop(rounds, (n) => applicationWork(db, rounds + n)),
        ...[0, 1, 2].map((sender) =>
          loop(rounds, (n) => boss.send('stress', { n }, { singletonKey: `stress-${sender}-${n}` })),
        ),
        ...[0, 1].map(() => loop(rounds, () => fetchAndComplete(boss))),
      ]);
      while (await fetchAndComplete(boss));
      expect(errors).toEqual([]);
      expect((await db.knex('stress').count({ count: '*' }).first())?.count).toBe(2 * rounds);
      expect(await jobCounts(db)).toEqual({ completed: 3 * rounds });
    } finally {
      await boss.stop({ graceful: false, wait: true, timeout: 5000 });
      await db.close();
    }
  }, 120_000);
});

async function applicationWork(db: Database, n: number): Promise<void> {
  await db.knex.transaction(async (trx) => {
    await trx('stress').insert({ n, label: `row ${n}` });
    await trx.raw('select count(*) from stress where n <= ? and label like ?', [n, 'row%']);
  });
  await db.knex.raw('select ?::int + ?::int + ?::int as total', [n, 1, 2]);
}

/** Takes one job of the queue and completes it; false when there was none. */
async function fetchAndComplete(boss: PgBoss): Promise<boolean> {
  const [job] = await boss.fetch('stress');
  if (job) await boss.complete('stress', job.id);
  return Boolean(job);
}

async function jobCounts(db: Database): Promise<Record<string, number>> {
  const rows: { state: string; count: number }[] = await db
    .knex('pgboss.job')
    .where({ name: 'stress' })
    .groupBy('state')
    .select('state', db.knex.raw('count(*)::int as count'));
  return Object.fromEntries(rows.map((row) => [row.state, row.count]));
}
