import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The repository root: relative paths in the environment are resolved against it. Two folders up from
 * api/src/config.ts and, the same, from the build's api/dist/*.js (scripts/build-api.mjs keeps it so).
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('.data'),
  DEMO: flag.default(true),
  DEMO_ORDER_RATE: z.coerce.number().min(0).max(600).default(2),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('orderdesk-demo'),
  SANDBOX_PORT: port.default(3100),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_UI_DIST: z.string().min(1).default('admin-ui/dist'),
  PROCESS_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  AMAZON_RATE_LIMITS: flag.default(true),
  /** How long one call to Amazon may take before it counts as timed out (and is retried). */
  AMAZON_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  /** How long a crashed worker's store sync lease and outbox claims hold before another worker takes over. */
  WORKER_LEASE_SECONDS: z.coerce.number().int().min(4).max(3600).default(120),
  /** First wait before asking Amazon about a sent feed (doubles up to 2 minutes). Demo default: 1 s. */
  FEED_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(600_000).optional(),
  /** Lists count exactly up to this many rows, then show the planner's estimate. */
  LIST_EXACT_COUNT_LIMIT: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  dataDir: string;
  demo: boolean;
  demoOrderRate: number;
  demoPassword: string;
  sandboxPort: number;
  secretKey: string;
  sessionTtlMs: number;
  loginMaxFailures: number;
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  adminUiDist: string;
  /** all: API and jobs in one process; api: HTTP only; worker: jobs only. */
  processRole: 'all' | 'api' | 'worker';
  /** Pace calls to Amazon's usage plans (off only against a sandbox with its limits off). */
  amazonRateLimits: boolean;
  amazonTimeoutMs: number;
  /** A sync lease's and an outbox claim's length; the working process renews it every quarter of it. */
  workerLeaseSeconds: number;
  /** How often a sent feed is checked at first: Amazon takes minutes, the demo sandbox seconds. */
  feedPolling: { pollIntervalMs: number };
  /** Where buyer e-mails go; null: nowhere (they are only kept in outbound_emails). */
  smtpUrl: string | null;
  /** Lists count exactly up to this many rows, past it they answer the planner's estimate. */
  listExactCountLimit: number;
}

export class ConfigError extends Error {}

/** Parses and validates the environment once; a bad value stops start-up with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as in most shells' habits.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(repoRoot, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    dataDir,
    demo: e.DEMO,
    demoOrderRate: e.DEMO_ORDER_RATE,
    demoPassword: e.DEMO_PASSWORD,
    sandboxPort: e.SANDBOX_PORT,
    secretKey: e.SECRET_KEY ?? readOrCreateSecretKey(dataDir),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    adminUiDist: path.resolve(repoRoot, e.ADMIN_UI_DIST),
    processRole: e.PROCESS_ROLE,
    amazonRateLimits: e.AMAZON_RATE_LIMITS,
    amazonTimeoutMs: e.AMAZON_TIMEOUT_MS,
    workerLeaseSeconds: e.WORKER_LEASE_SECONDS,
    feedPolling: { pollIntervalMs: e.FEED_POLL_INTERVAL_MS ?? (e.DEMO ? 1000 : 15_000) },
    smtpUrl: e.SMTP_URL ?? null,
    listExactCountLimit: e.LIST_EXACT_COUNT_LIMIT,
  };
}

/** Without SECRET_KEY, a random key is generated once and kept in DATA_DIR so credentials stay readable. */
function readOrCreateSecretKey(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = crypto.getRandomValues(new Uint8Array(32));
  const encoded = Buffer.from(key).toString('base64url');
  fs.writeFileSync(file, encoded + '\n', { mode: 0o600, flag: 'wx' });
  return encoded;
}
