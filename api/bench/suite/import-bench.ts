// Import throughput at scale: N orders waiting in the SP-API sandbox (its own process, usage plans off),
// one sync of the demo store into the benchmark database, as bench:import does on an empty one; then the
// same rows inserted bare (new-rows.ts) for the floor, and taken out again so the database keeps its size.
import { availableParallelism as cpus } from 'node:os';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { bootstrapDemo } from '../../src/demo/bootstrap.js';
import { startSandboxProcess, type SandboxProcess } from '../../src/demo/sandbox-process.js';
import { createServices } from '../../src/services.js';
import { plentyOfStock, syncOnce } from '../../test/support/sync-helpers.js';
import { startCpuAccounting } from '../cpu-accounting.js';
import { DEMO_PASSWORD, SECRET_KEY } from '../seed/bench-database.js';
import { bareInsertSeconds, newRowCounts, removeNewRows, snapshotKeys } from './new-rows.js';

export interface ImportFigures {
  orders: number;
  status: string;
  created: number;
  blocked: number;
  seconds: number;
  ordersPerSecond: number;
  cpuMsPer1000Orders: { worker: number | null; sandbox: number | null; postgres: number | null };
  /**
   * The most orders/s the CPU time spent allows on this machine alone: the worker is one thread, and all
   * three share the CPUs. Unlike wall time it hardly moves when other programs compete.
   */
  cpuBoundOrdersPerSecond: number | null;
  /** Rows the import wrote, per table. */
  rowsWritten: Record<string, number>;
  bareInsertSeconds: number;
  bareInsertOrdersPerSecond: number;
}

const logger = pino({ level: 'warn' });

/** The sandbox the import and the cancellations talk to (usage plans off), the demo store pointed at it. */
export async function startBenchSandbox(knex: Knex, port: number): Promise<SandboxProcess> {
  process.env.SANDBOX_RATE_LIMITS = '0';
  const sandbox = await startSandboxProcess({ port, orderRate: 0 }, logger);
  await bootstrapDemo(
    knex,
    { demoPassword: DEMO_PASSWORD, sandboxPort: port, secretKey: SECRET_KEY },
    logger,
  );
  await plentyOfStock(knex);
  return sandbox;
}

/** `orders` Unshipped seller-fulfilled orders made in the sandbox, 5,000 a call; `onQueued` after each call. */
export async function queueUnshippedOrders(
  sandbox: Pick<SandboxProcess, 'url'>,
  orders: number,
  onQueued: (queued: number) => void = () => undefined,
): Promise<void> {
  for (let made = 0; made < orders; made += 5000) {
    await sandboxControl(sandbox, '/_sandbox/orders', {
      count: Math.min(5000, orders - made),
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      age_seconds: 600,
      brief: true,
    });
    onQueued(Math.min(orders, made + 5000));
  }
}

/** The demo store: the first one made (the seed adds two more, inactive, for its spread of stores). */
export async function demoStoreId(knex: Knex): Promise<number> {
  return (await knex('amazon_stores').orderBy('id').first('id')).id as number;
}

export async function sandboxControl<T = unknown>(
  sandbox: Pick<SandboxProcess, 'url'>,
  path: string,
  body: unknown,
): Promise<T> {
  const res = await fetch(sandbox.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`sandbox ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function measureImport(
  knex: Knex,
  sandbox: SandboxProcess,
  orders: number,
  log: (message: string) => void,
  /** The embedded database runs in this process: its CPU is the worker's, not a backend's. */
  embedded = false,
): Promise<ImportFigures> {
  const storeId = await demoStoreId(knex);
  await queueUnshippedOrders(sandbox, orders);
  log(`import: ${orders} orders waiting in the sandbox; syncing`);
  const snapshot = await snapshotKeys(knex);
  const services = createServices(knex, logger, { secretKey: SECRET_KEY, amazonRateLimits: false });
  const cpu = await startCpuAccounting(knex, sandbox.pid);
  const started = performance.now();
  const run = await syncOnce(services.sync, storeId, { fromScratch: true });
  const seconds = (performance.now() - started) / 1000;
  const used = await cpu.stop();
  log(
    `import: ${run.created} created in ${seconds.toFixed(1)} s (${run.status}); inserting the same rows bare`,
  );
  try {
    const rowsWritten = await newRowCounts(knex, snapshot);
    const bare = await bareInsertSeconds(knex, snapshot);
    const perThousand = (ms: number | null) => (ms === null ? null : Math.round((ms * 1000) / run.created));
    const totalCpu = used.workerMs + (used.sandboxMs ?? 0) + (embedded ? 0 : (used.postgresMs ?? 0));
    const floorMs = Math.max(used.workerMs, totalCpu / cpus());
    return {
      orders,
      status: run.status,
      created: run.created,
      blocked: run.blocked,
      seconds: round2(seconds),
      ordersPerSecond: Math.round(run.created / seconds),
      cpuMsPer1000Orders: {
        worker: perThousand(used.workerMs),
        sandbox: perThousand(used.sandboxMs),
        postgres: embedded ? null : perThousand(used.postgresMs),
      },
      cpuBoundOrdersPerSecond: floorMs > 0 ? Math.round((run.created * 1000) / floorMs) : null,
      rowsWritten,
      bareInsertSeconds: round2(bare),
      bareInsertOrdersPerSecond: Math.round(run.created / Math.max(bare, 0.001)),
    };
  } finally {
    await removeNewRows(knex, snapshot);
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
