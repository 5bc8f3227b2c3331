// `pnpm bench` options: how many orders, how long each load runs, which database, which parts.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** PostgreSQL server to create the benchmark database on; null: the embedded PGlite. */
  serverUrl: string | null;
  /** The benchmark's own database (PostgreSQL) or data directory name (embedded), kept between runs. */
  database: string;
  orders: number;
  reseed: boolean;
  /** Seconds of load per scenario and concurrency. */
  seconds: number;
  concurrencies: number[];
  /** Orders put through one sync for the import figure. */
  importOrders: number;
  cancelSamples: number;
  /** Only the scenarios whose name contains this (and no import or cancel unless they match it). */
  only: string | null;
  /** API child, SP-API sandbox, in-process API (capture, Sync now): basePort, +1, +2. */
  basePort: number;
  outDir: string;
}

const USAGE = `pnpm bench [--orders N] [--quick] [--seconds S] [--reseed] [--database NAME]
  [--import-orders N] [--cancel-samples N] [--only TEXT] [--port P] [--out DIR]
On DATABASE_URL's server (it creates the database); without it on the embedded PGlite, 20,000 orders.`;

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      orders: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      reseed: { type: 'boolean', default: false },
      database: { type: 'string' },
      'import-orders': { type: 'string' },
      'cancel-samples': { type: 'string' },
      only: { type: 'string' },
      port: { type: 'string', default: '3430' },
      out: { type: 'string', default: 'bench-results' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(0);
  }
  const serverUrl = env.DATABASE_URL ? env.DATABASE_URL : null;
  const quick = values.quick;
  const orders = positive(values.orders, serverUrl ? 1_000_000 : 20_000, 'orders');
  return {
    serverUrl,
    database: values.database ?? (serverUrl ? 'orderdesk_bench' : 'bench'),
    orders,
    reseed: values.reseed,
    seconds: positive(values.seconds, quick ? 2 : 5, 'seconds'),
    concurrencies: [1, 8],
    importOrders: positive(values['import-orders'], quick ? 1000 : serverUrl ? 5000 : 1000, 'import-orders'),
    cancelSamples: positive(values['cancel-samples'], quick ? 5 : 20, 'cancel-samples'),
    only: values.only ?? null,
    basePort: positive(values.port, 3430, 'port'),
    outDir: values.out,
  };
}

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number\n${USAGE}`);
  return value;
}
