// Faults: a 5,000-order sync while Amazon (the sandbox, in its own process) throttles, fails, times out
// and answers malformed bodies at random, staff cancel and ship orders (outbox commands) and Amazon's side
// changes orders, and the worker process is killed with SIGKILL 20 times at random points. Afterwards:
// every order exists once, every reservation balance is right, every outbox command reached Amazon exactly
// once, and the failures are in the admin's Sync log and Errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../src/channels/amazon/sandbox/random.js';
import { ApiClient } from '../test/support/api-client.js';
import { amazonSideChanges, staffActions, syncPresser } from './support/actors.js';
import { startApp, type AppOptions, type AppProcess } from './support/app-process.js';
import { sleep, waitFor } from './support/background.js';
import { duplicates, outboxRows, reservationMismatches, reservedUnits } from './support/invariants.js';
import {
  createResilienceDatabase,
  DEMO_PASSWORD,
  SECRET_KEY,
  type ResilienceDatabase,
} from './support/resilience-database.js';
import { resultsDir } from './support/results.js';
import { startSuiteSandbox, type SuiteSandbox } from './support/sandbox-process.js';

const ORDERS = 5000;
const KILLS = 20;
const FAULT_RATE = 0.08;
const STAFF_EACH = 30;
const AMAZON_SIDE_CHANGES = 60;
const seed = Number(process.env.RESILIENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = createRandom(seed);
const logDir = resultsDir('faults');

let sandbox: SuiteSandbox;
let db: ResilienceDatabase;
let api: AppProcess;
let worker: AppProcess;
let workerOptions: AppOptions;
const created = new Map<string, string>();
const startedAt = Date.now();

async function login(username: string): Promise<ApiClient> {
  const client = new ApiClient(api.url!);
  const res = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
  return client;
}

beforeAll(async () => {
  sandbox = await startSuiteSandbox({ seed });
  db = await createResilienceDatabase('faults', { sandboxPort: sandbox.port });
  await db.knex('amazon_stores').where({ id: db.storeId }).update({ sync_interval_minutes: 1 });
  // A day of orders, oldest first, in every state a sync meets; dated so the checkpoint can move between pages.
  const mix = [
    { count: 70, status: 'Unshipped', fulfillment_channel: 'MFN' },
    { count: 10, status: 'Pending' },
    { count: 10, status: 'Shipped' },
    { count: 5, status: 'Canceled', by: 'buyer' },
    { count: 5, status: 'PartiallyShipped', fulfillment_channel: 'MFN' },
  ];
  const batches = ORDERS / 100;
  for (let batch = 0; batch < batches; batch += 1) {
    const ageSeconds = 600 + Math.round(((batches - batch) * 86_400) / batches);
    for (const request of mix) {
      const ids = await sandbox.createOrders({ ...request, age_seconds: ageSeconds });
      for (const id of ids) created.set(id, request.status);
    }
  }
  const common = { databaseUrl: db.url, secretKey: SECRET_KEY };
  const env = {
    AMAZON_RATE_LIMITS: '0',
    AMAZON_TIMEOUT_MS: '1000',
    WORKER_LEASE_SECONDS: '4',
    FEED_POLL_INTERVAL_MS: '200',
  };
  api = await startApp({ ...common, name: 'api', role: 'api', logFile: path.join(logDir, 'api.log'), env });
  workerOptions = {
    ...common,
    name: 'worker',
    role: 'worker',
    logFile: path.join(logDir, 'worker.log'),
    env,
  };
  worker = await startApp(workerOptions);
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([api?.stop(), worker?.stop()]);
  await sandbox?.stop();
  await db?.drop();
}, 120_000);

describe(`a ${ORDERS}-order sync under random faults and ${KILLS} SIGKILLs (seed ${seed})`, () => {
  it('loses nothing, doubles nothing, and shows what went wrong', async () => {
    const manager = await login('manager');
    const fulfillment = await login('fulfillment');
    await sandbox.control('POST', '/_sandbox/faults/random', { rate: FAULT_RATE, timeout_ms: 2500, seed });

    const claimed = new Set<string>();
    const presser = syncPresser(manager, db.storeId, 1000);
    const staff = staffActions(db.knex, fulfillment, claimed, random, STAFF_EACH);
    const unshipped = [...created].filter(([, status]) => status === 'Unshipped').map(([id]) => id);
    const amazon = amazonSideChanges(sandbox, unshipped, claimed, random, AMAZON_SIDE_CHANGES);

    // The worker dies at random points: while it syncs, sends feeds, confirms shipments, or just started.
    const kills: number[] = [];
    for (let k = 0; k < KILLS; k += 1) {
      await sleep(random.int(1500, 6000));
      await worker.kill();
      kills.push(Date.now() - startedAt);
      worker = await startApp(workerOptions);
    }
    await Promise.all([staff.loop.finished, amazon.loop.finished]);

    // A failure that outlasts the connector's retries: five 503s in a row for getOrders.
    const burstAt = new Date();
    await sandbox.control('POST', '/_sandbox/faults', { operation: 'getOrders', status: 503, count: 5 });
    await waitFor(
      'a sync run failed by the 503s',
      () =>
        db
          .knex('amazon_sync_runs')
          .where('finished_at', '>', burstAt)
          .andWhereLike('error_message', 'getOrders failed: 503%')
          .first('id'),
      { timeoutMs: 120_000 },
    );
    const faults = (await sandbox.control<{ random: FaultReport }>('DELETE', '/_sandbox/faults/random'))
      .random;

    // Calm again: the sync catches up and every outbox command finishes.
    const calmAt = new Date();
    await waitFor(
      'the sync to catch up and the outbox to drain',
      async () => {
        const run = await db
          .knex('amazon_sync_runs')
          .where({ store_id: db.storeId, status: 'succeeded' })
          .andWhere('started_at', '>', calmAt)
          .first('id');
        const open = await db.knex('outbox').whereNotIn('status', ['succeeded', 'dead']).first('id');
        return Boolean(run) && !open;
      },
      { timeoutMs: 480_000, everyMs: 2000 },
    );
    await presser.stop();

    // Every order once, as Amazon has it.
    expect(await duplicates(db.knex)).toEqual([]);
    const ours: { amazon_order_id: string; status: string }[] = await db
      .knex('amazon_orders')
      .select('amazon_order_id', 'status');
    expect(ours.map((o) => o.amazon_order_id).sort()).toEqual([...created.keys()].sort());
    const onAmazon = await sandbox.statuses([...created.keys()]);
    const touchedByStaff = new Set([...staff.cancelled, ...staff.shipped]);
    const differ = ours.filter(
      (o) => !touchedByStaff.has(o.amazon_order_id) && onAmazon.get(o.amazon_order_id) !== o.status,
    );
    expect(differ).toEqual([]);
    for (const [id, status] of amazon.changed) expect(onAmazon.get(id), id).toBe(status);

    // Every reservation balance right: what the orders call for = the ledger = the stock rows' counters.
    expect(await reservationMismatches(db.knex)).toEqual([]);

    // Every outbox command sent once: Amazon received one feed message per cancel and one confirmation per
    // shipment, and nothing else; every command finished successfully.
    const commands = await outboxRows(db.knex);
    expect(commands.filter((c) => c.status !== 'succeeded')).toEqual([]);
    const cancelCommands = commands.filter((c) => c.kind === 'amazon.cancel_order');
    const shipCommands = commands.filter((c) => c.kind === 'amazon.confirm_shipment');
    expect(cancelCommands.map((c) => c.payload.amazonOrderId).sort()).toEqual([...staff.cancelled].sort());
    expect(shipCommands.map((c) => c.payload.amazonOrderId).sort()).toEqual([...staff.shipped].sort());
    const feedMessages = (await sandbox.feeds()).flatMap((f) => f.messages ?? []).map((m) => m.amazonOrderId);
    expect(feedMessages.sort()).toEqual([...staff.cancelled].sort());
    const confirmations = (await sandbox.shipments()).map(
      (s) => `${s.amazonOrderId}/${s.packageDetail.packageReferenceId}`,
    );
    const expectedConfirmations = shipCommands.map((c) => {
      const p = c.payload as { amazonOrderId: string; packageDetail: { packageReferenceId: string } };
      return `${p.amazonOrderId}/${p.packageDetail.packageReferenceId}`;
    });
    expect(confirmations.sort()).toEqual(expectedConfirmations.sort());
    for (const id of staff.cancelled) expect(onAmazon.get(id), id).toBe('Canceled');
    for (const id of staff.shipped) expect(onAmazon.get(id), id).toBe('Shipped');
    const states = await db
      .knex('amazon_orders')
      .whereIn('amazon_order_id', staff.cancelled)
      .pluck('cancellation_state');
    expect(new Set(states)).toEqual(new Set(['confirmed']));
    expect(await db.knex('amazon_order_tracking').whereNull('confirmed_at').count({ n: '*' })).toEqual([
      { n: 0 },
    ]);

    // What went wrong is in the admin: the runs the kills cut short and the 503s in the Sync log, the
    // call that failed for good in Amazon > Errors.
    const failedRuns = await manager.get<{ error_message: string }[]>(
      `/api/amazon-sync-runs?filter=${encodeURIComponent(JSON.stringify({ store_id: db.storeId, status: 'failed' }))}&range=[0,999]`,
    );
    expect(failedRuns.status).toBe(200);
    const messages = failedRuns.body.map((r) => r.error_message);
    expect(messages).toContain('The worker running this sync stopped.');
    expect(messages.some((m) => m.startsWith('getOrders failed: 503'))).toBe(true);
    const errors = await manager.get<{ operation: string; status: number | null }[]>(
      `/api/amazon-errors?filter=${encodeURIComponent(JSON.stringify({ store_id: db.storeId }))}&range=[0,999]`,
    );
    expect(errors.status).toBe(200);
    expect(errors.body.some((e) => e.operation === 'getOrders' && e.status === 503)).toBe(true);

    // The trouble really happened, and nobody's request was turned away.
    expect(kills).toHaveLength(KILLS);
    for (const kind of ['429', '500', '503', 'timeout', 'malformed'])
      expect(faults.injected.byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    expect([...presser.problems, ...staff.loop.problems, ...amazon.loop.problems]).toEqual([]);

    const runs: { status: string; n: number }[] = await db
      .knex('amazon_sync_runs')
      .groupBy('status')
      .select('status', db.knex.raw('count(*)::int as n'));
    const count = (values: string[]) =>
      Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));
    const summary = {
      seed,
      orders: ORDERS,
      kills: kills.length,
      faultsInjected: faults.injected,
      syncRuns: Object.fromEntries(runs.map((r) => [r.status, r.n])),
      failedRuns: count(messages.map((m) => m.replace(/:.*$/, ''))),
      communicationErrors: count(errors.body.map((e) => `${e.operation} ${e.status ?? 'no answer'}`)),
      outbox: {
        cancels: cancelCommands.length,
        shipments: shipCommands.length,
        attempts: commands.reduce((sum, c) => sum + c.attempts, 0),
      },
      amazonSideChanges: amazon.changed.size,
      reservedUnits: await reservedUnits(db.knex),
      seconds: Math.round((Date.now() - startedAt) / 1000),
    };
    fs.writeFileSync(path.join(logDir, 'summary.json'), JSON.stringify(summary, null, 2));
    console.warn(`faults suite: ${JSON.stringify(summary)}`);
  });
});

interface FaultReport {
  injected: { total: number; byKind: Record<string, number>; byOperation: Record<string, number> };
}
