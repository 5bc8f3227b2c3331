// Cancel-to-salable latency on an empty database: the measurement `pnpm bench` makes on the seeded one
// (suite/cancel-bench.ts). An order Amazon cancels (the sandbox, in its own process, marks it Canceled,
// dated past Amazon's two-minute rule), "Sync now" through the API, and the time until its units are
// salable again, measured by polling the stock. The worker runs as in production (pg-boss jobs). Prints
// p50, p95 and max.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:cancel [samples]
import { migrate } from '@orderdesk/migrations';
import { freePort } from '../resilience/support/app-process.js';
import { measureCancelLatency } from './suite/cancel-bench.js';
import { startBenchSandbox } from './suite/import-bench.js';

const samples = Number(process.argv[2] ?? 20);
// Read by the test support when it loads: set it first, then load it.
process.env.TEST_DB = process.env.DATABASE_URL ? 'postgres' : 'embedded';
const { openTestDatabase } = await import('../test/support/test-database.js');

const db = await openTestDatabase();
try {
  await migrate(db.knex);
  const sandbox = await startBenchSandbox(db.knex, await freePort());
  try {
    const latency = await measureCancelLatency({
      db,
      sandbox,
      samples,
      port: 0,
      log: (message) => process.stderr.write(`\r${message}`),
    });
    process.stderr.write('\n');
    console.warn(
      JSON.stringify({
        database: process.env.TEST_DB,
        samples,
        p50Ms: Math.round(latency.p50),
        p95Ms: Math.round(latency.p95),
        maxMs: Math.round(latency.max),
      }),
    );
  } finally {
    await sandbox.stop();
  }
} finally {
  await db.close();
}
