import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '@orderdesk/migrations';
import { openDatabase } from '../src/db/database.js';

const logger = pino({ level: 'silent' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orderdesk-embedded-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const open = () => openDatabase({ databaseUrl: undefined, embeddedDataDir: dataDir, poolMax: 4, logger });

// Runs in the api-embedded project only (vitest.config.ts): it is about PGlite itself.
describe('the embedded PostgreSQL (PGlite under DATA_DIR)', () => {
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
  });

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
});
