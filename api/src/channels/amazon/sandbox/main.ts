// `pnpm sandbox`: the SP-API sandbox alone, on 127.0.0.1:$SANDBOX_PORT (default 3100), with demo orders
// arriving. The main API starts this same file as a child process in demo mode.
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { z } from 'zod';
import { createSandbox } from './app.js';

// Empty variables count as unset, so `SANDBOX_PORT= pnpm sandbox` means the default.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional()) as unknown as z.ZodOptional<T>;

const envSchema = z.object({
  SANDBOX_PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  DEMO_ORDER_RATE: optional(z.coerce.number().min(0).max(6_000)),
  SANDBOX_BACKLOG_ORDERS: optional(z.coerce.number().int().min(0).max(200_000)),
  SANDBOX_RATE_LIMITS: optional(z.enum(['0', '1'])),
  SANDBOX_RATE_SCALE: optional(z.coerce.number().positive()),
  SANDBOX_TOKEN_TTL_SECONDS: optional(z.coerce.number().int().min(1)),
  SANDBOX_FEED_DELAY_MS: optional(z.coerce.number().int().min(0)),
  SANDBOX_SEED: optional(z.coerce.number().int()),
  SANDBOX_MAX_ORDERS: optional(z.coerce.number().int().min(1)),
  SANDBOX_LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(
    `sandbox: invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
  );
  process.exit(2);
}
const env = parsed.data;
const logger = pino({ name: 'sp-api-sandbox', level: env.SANDBOX_LOG_LEVEL ?? 'warn' });

const sandbox = createSandbox({
  demoOrderRate: env.DEMO_ORDER_RATE ?? 2,
  backlogOrders: env.SANDBOX_BACKLOG_ORDERS ?? 25,
  rateLimits: (env.SANDBOX_RATE_LIMITS ?? '1') === '1',
  ...(env.SANDBOX_RATE_SCALE !== undefined ? { rateScale: env.SANDBOX_RATE_SCALE } : {}),
  ...(env.SANDBOX_TOKEN_TTL_SECONDS !== undefined ? { tokenTtlSeconds: env.SANDBOX_TOKEN_TTL_SECONDS } : {}),
  ...(env.SANDBOX_FEED_DELAY_MS !== undefined ? { feedProcessingDelayMs: env.SANDBOX_FEED_DELAY_MS } : {}),
  ...(env.SANDBOX_SEED !== undefined ? { random: env.SANDBOX_SEED } : {}),
  ...(env.SANDBOX_MAX_ORDERS !== undefined ? { maxOrders: env.SANDBOX_MAX_ORDERS } : {}),
  logger,
});

// Only on the loopback interface: the control routes have no authentication.
const server = sandbox.app.listen(env.SANDBOX_PORT ?? 3100, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  process.stdout.write(
    `SP-API sandbox listening on ${base} (LWA, Orders v0, Feeds 2021-06-30; control routes under /_sandbox). ` +
      `Token: curl -s ${base}/auth/o2/token -d grant_type=refresh_token -d 'refresh_token=Atzr|sandbox' -d client_id=sandbox -d client_secret=sandbox\n`,
  );
  sandbox.start();
});

server.on('error', (error) => {
  console.error(`sandbox: cannot listen: ${error.message}`);
  process.exit(1);
});

function shutdown(): void {
  sandbox.stop();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2_000).unref();
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
// Started by the main API with an IPC channel: leave when the parent goes.
if (process.send) process.once('disconnect', shutdown);
