// Import under Amazon's default usage plans: an N-order backlog (Unshipped, MFN) in the sandbox with its
// rate limits ON, one sync of the demo store with the client pacing itself as in production, and the time
// it took against the least time the plans allow. Prints JSON with the ratio measured / bound.
//   DATABASE_URL=postgres://... pnpm --filter @orderdesk/api bench:import-plans [orders] [scale]
//   ... bench:import-plans --orders 10000 --scale 500
// orders: default 10000. scale (default 500): the sandbox's `rateScale`, multiplying every plan's refill
// rate (bursts unchanged) so that ~5.5 hours at Amazon's rates take ~40 s; the sandbox announces the scaled
// rate in x-amzn-RateLimit-Limit and the client follows it. The ratio does not depend on the scale, except
// that fixed per-call costs weigh more at high scales (pessimistic).
//
// The bound, per operation: max(0, calls - burst) / (rate * scale) seconds (a full bucket at the start, then
// one call per refilled token), where calls are ceil(N / 100) getOrders pages, N getOrderItems, and the
// getOrderAddress / getOrderBuyerInfo calls the sandbox actually answered during the sync (counted from its
// per-request log). The bound is the largest of them: the operations' buckets refill in parallel.
// Without DATABASE_URL it measures the embedded PGlite. Peak RSS is this one process: API and sandbox.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import {
  USAGE_PLANS,
  scaledRate,
  type SpOperation,
} from '../src/channels/amazon/sandbox/amazon/usage-plans.js';

const { values, positionals } = parseArgs({
  options: { orders: { type: 'string' }, scale: { type: 'string' } },
  allowPositionals: true,
});
const orders = Number(values.orders ?? positionals[0] ?? 10_000);
const scale = Number(values.scale ?? positionals[1] ?? 500);
if (!Number.isInteger(orders) || orders < 1) throw new RangeError(`orders must be a positive integer`);
if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a number above 0`);

// Read by the test support when it loads: set it first, then load it.
process.env.TEST_DB = process.env.DATABASE_URL ? 'postgres' : 'embedded';
const { startTestSandbox } = await import('../test/support/sandbox.js');
const { demoStoreId, plentyOfStock, syncOnce } = await import('../test/support/sync-helpers.js');
const { startTestServer } = await import('../test/support/test-server.js');

/** What the sandbox answered, per operation: calls served and calls throttled (429). */
const ORDERS_PATHS: [RegExp, SpOperation][] = [
  [/^\/orders\/v0\/orders$/, 'getOrders'],
  [/^\/orders\/v0\/orders\/[^/]+$/, 'getOrder'],
  [/^\/orders\/v0\/orders\/[^/]+\/orderItems$/, 'getOrderItems'],
  [/^\/orders\/v0\/orders\/[^/]+\/address$/, 'getOrderAddress'],
  [/^\/orders\/v0\/orders\/[^/]+\/buyerInfo$/, 'getOrderBuyerInfo'],
];
let counting = false;
const served = new Map<string, number>();
const throttled = new Map<string, number>();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const requestLog = pino(
  { level: 'info' },
  {
    write(line: string) {
      if (!counting) return;
      const entry = JSON.parse(line) as { msg?: string; path?: string; status?: number };
      if (entry.msg !== 'sandbox request' || !entry.path || entry.path.startsWith('/_sandbox')) return;
      const operation =
        ORDERS_PATHS.find(([pattern]) => pattern.test(entry.path as string))?.[1] ??
        (entry.path === '/auth/o2/token'
          ? 'lwa'
          : `other ${entry.path.replace(/\d{3}-\d{7}-\d{7}/g, ':orderId')}`);
      bump(entry.status === 429 ? throttled : served, operation);
    },
  },
);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const sandbox = await startTestSandbox({ rateLimits: true, rateScale: scale, logger: requestLog });
const server = await startTestServer({ sandboxPort: sandbox.port, amazonRateLimits: true });
try {
  const storeId = await demoStoreId(server.knex);
  await plentyOfStock(server.knex);
  for (let made = 0; made < orders; made += 5000) {
    const count = Math.min(5000, orders - made);
    await sandbox.control('/_sandbox/orders', {
      count,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      age_seconds: 600,
      brief: true,
    });
  }
  counting = true;
  const started = performance.now();
  const run = await syncOnce(server.services.sync, storeId);
  const seconds = (performance.now() - started) / 1000;
  counting = false;

  const needed: Partial<Record<SpOperation, number>> = {
    getOrders: Math.ceil(orders / 100),
    getOrderItems: orders,
    getOrderAddress: served.get('getOrderAddress') ?? 0,
    getOrderBuyerInfo: served.get('getOrderBuyerInfo') ?? 0,
  };
  const operations = Object.fromEntries(
    Object.entries(needed).map(([name, calls]) => {
      const operation = name as SpOperation;
      const { rate, burst } = USAGE_PLANS[operation];
      const scaled = scaledRate(operation, scale);
      const bound = Math.max(0, calls - burst) / scaled;
      return [operation, { calls, burst, rate, scaledRate: scaled, seconds: round(bound, 3) }];
    }),
  );
  const [limitedBy, limiting] = Object.entries(operations).reduce((a, b) =>
    b[1].seconds > a[1].seconds ? b : a,
  );
  const boundSeconds = limiting.seconds;
  const imported = Number((await server.knex('amazon_orders').count({ n: '*' }).first())?.n ?? 0);
  console.warn(
    JSON.stringify(
      {
        database: process.env.TEST_DB,
        orders,
        scale,
        status: run.status,
        error: run.error_message,
        created: run.created,
        blocked: run.blocked,
        amazonOrdersStored: imported,
        seconds: round(seconds, 2),
        bound: {
          seconds: boundSeconds,
          limitedBy,
          formula: 'max over operations of max(0, calls - burst) / (rate * scale)',
          operations,
        },
        ratio: boundSeconds > 0 ? round(seconds / boundSeconds, 3) : null,
        sandboxAnswered: Object.fromEntries(served),
        sandboxThrottled429: Object.fromEntries(throttled),
        boundAtAmazonRatesHours: round((boundSeconds * scale) / 3600, 2),
        peakRssMb: Math.round(peakRss / 1048576),
      },
      null,
      2,
    ),
  );
} finally {
  clearInterval(sampler);
  await server.close();
  await sandbox.close();
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
