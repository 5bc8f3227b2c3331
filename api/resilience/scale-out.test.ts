// Scale-out: two API processes and two worker processes on one PostgreSQL. A session made on one API
// process works on the other; each once-a-minute schedule fires once, whichever worker takes it; a sync
// asked for on both at once is one run; each outbox command reaches Amazon once, though both workers
// compete for the queue and both API processes write commands.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../test/support/api-client.js';
import { startApp, type AppProcess } from './support/app-process.js';
import { waitFor } from './support/background.js';
import { outboxRows } from './support/invariants.js';
import {
  createResilienceDatabase,
  DEMO_PASSWORD,
  SECRET_KEY,
  type ResilienceDatabase,
} from './support/resilience-database.js';
import { resultsDir } from './support/results.js';
import { startSuiteSandbox, type SuiteSandbox } from './support/sandbox-process.js';

const ORDERS = 300;
const EACH = 15;
const seed = Number(process.env.RESILIENCE_SEED ?? Math.floor(Math.random() * 2 ** 31));
const logDir = resultsDir('scale-out');

let sandbox: SuiteSandbox;
let db: ResilienceDatabase;
const apis: AppProcess[] = [];
const workers: AppProcess[] = [];
const startedAt = new Date();

async function login(api: AppProcess, username: string): Promise<ApiClient> {
  const client = new ApiClient(api.url!);
  const res = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username} on ${api.name}: ${res.status} ${res.text}`);
  return client;
}

/** A request to another process with the session cookie a login elsewhere gave. */
function withCookie(api: AppProcess, cookie: string, method: string, route: string, body?: unknown) {
  return fetch(api.url + route, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  sandbox = await startSuiteSandbox({ seed });
  db = await createResilienceDatabase('scaleout', { sandboxPort: sandbox.port });
  await db.knex('amazon_stores').where({ id: db.storeId }).update({ sync_interval_minutes: 1 });
  await sandbox.createOrders({
    count: ORDERS,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    age_seconds: 900,
  });
  const common = {
    databaseUrl: db.url,
    secretKey: SECRET_KEY,
    env: { AMAZON_RATE_LIMITS: '0', FEED_POLL_INTERVAL_MS: '200', WORKER_LEASE_SECONDS: '10' },
  };
  // Every process that did start is kept for afterAll to stop, also when another one failed to start.
  const settled = await Promise.allSettled([
    ...[1, 2].map((n) =>
      startApp({ ...common, name: `api-${n}`, role: 'api', logFile: path.join(logDir, `api-${n}.log`) }),
    ),
    ...[1, 2].map((n) =>
      startApp({
        ...common,
        name: `worker-${n}`,
        role: 'worker',
        logFile: path.join(logDir, `worker-${n}.log`),
      }),
    ),
  ]);
  const started = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  apis.push(...started.filter((p) => p.role === 'api'));
  workers.push(...started.filter((p) => p.role === 'worker'));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}, 300_000);

afterAll(async () => {
  await Promise.allSettled([...apis, ...workers].map((p) => p.stop()));
  await sandbox?.stop();
  await db?.drop();
}, 120_000);

describe('two API processes and two workers on one PostgreSQL', () => {
  it('keeps a session made on one API process good on the other, and ends it on both', async () => {
    const [one, two] = apis as [AppProcess, AppProcess];
    const client = await login(one, 'support');
    const cookie = client.sessionCookie!;
    const me = await withCookie(two, cookie, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'support', role: 'support' });
    expect((await withCookie(two, cookie, 'POST', '/api/auth/logout', {})).status).toBeLessThan(300);
    expect((await withCookie(one, cookie, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('runs one sync when both API processes are asked at once, and imports every order once', async () => {
    const managers = await Promise.all(apis.map((api) => login(api, 'manager')));
    const answers = await Promise.all(
      managers.flatMap((m) =>
        [1, 2, 3].map(() => m.post<{ id: number }>(`/api/amazon-stores/${db.storeId}/sync`)),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    await waitFor(
      'the sync to import every order',
      async () => {
        const run = await db.knex('amazon_sync_runs').where({ id: answers[0]!.body.id }).first('status');
        return run?.status === 'succeeded';
      },
      { timeoutMs: 180_000 },
    );
    const counts = await db.knex('amazon_orders').count({ n: '*' }).countDistinct({ d: 'amazon_order_id' });
    expect(counts).toEqual([{ n: ORDERS, d: ORDERS }]);
  });

  it('sends each outbox command once, whichever process wrote it and whichever worker took it', async () => {
    const staff = await Promise.all(apis.map((api) => login(api, 'fulfillment')));
    const orders: { amazon_order_id: string; commerce_id: number }[] = await db
      .knex('amazon_orders as ao')
      .join('sales_orders as so', 'so.amazon_order_id', 'ao.id')
      .where({ 'ao.status': 'Unshipped', 'ao.import_state': 'imported' })
      .orderBy('ao.id')
      .limit(2 * EACH + 1)
      .select('ao.amazon_order_id', 'so.id as commerce_id');
    expect(orders).toHaveLength(2 * EACH + 1);
    const toCancel = orders.slice(0, EACH).map((o) => o.amazon_order_id);
    const toShip = orders.slice(EACH, 2 * EACH);

    // The same cancel on both API processes at once: one is taken, the other refused.
    const race = orders[2 * EACH]!.amazon_order_id;
    const both = await Promise.all(
      staff.map((s) => s.post(`/api/amazon-orders/${race}/cancel`, { reason: 'NoInventory' })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([202, 409]);
    toCancel.push(race);

    const answers = await Promise.all([
      ...toCancel
        .slice(0, EACH)
        .map((id, i) => staff[i % 2]!.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })),
      ...toShip.map((o, i) =>
        staff[i % 2]!.post(`/api/orders/${o.commerce_id}/shipments`, {
          carrier: 'ups',
          tracking_number: `1ZSCALE${String(i).padStart(8, '0')}`,
        }),
      ),
    ]);
    expect(answers.map((a) => a.status)).toEqual([
      ...Array<number>(EACH).fill(202),
      ...Array<number>(EACH).fill(201),
    ]);

    await waitFor(
      'every outbox command to finish',
      async () => !(await db.knex('outbox').whereNot({ status: 'succeeded' }).first('id')),
      { timeoutMs: 180_000, everyMs: 1000 },
    );
    const commands = await outboxRows(db.knex);
    expect(commands).toHaveLength(2 * EACH + 1);
    expect(commands.every((c) => c.attempts === 1)).toBe(true);
    const feedMessages = (await sandbox.feeds()).flatMap((f) => f.messages ?? []).map((m) => m.amazonOrderId);
    expect(feedMessages.sort()).toEqual([...toCancel].sort());
    const confirmations = (await sandbox.shipments()).map((s) => s.amazonOrderId);
    expect(confirmations.sort()).toEqual(toShip.map((o) => o.amazon_order_id).sort());
  });

  it('fires each once-a-minute schedule once, not once per process', async () => {
    const ticks = async () =>
      (
        (await db.knex.raw(
          `select name, date_trunc('minute', created_on) as minute, count(*)::int as n,
                  count(*) filter (where state = 'completed')::int as completed
             from pgboss.job
            where name in ('amazon-sync-tick', 'outbox-tick') and created_on > ?
            group by 1, 2 order by 1, 2`,
          [startedAt],
        )) as { rows: { name: string; minute: Date; n: number; completed: number }[] }
      ).rows;
    // Two minutes' ticks of each schedule, done, since the processes started.
    const rows = await waitFor(
      'two completed ticks of each schedule',
      async () => {
        const found = await ticks();
        const done = (name: string) => found.filter((r) => r.name === name && r.completed > 0).length;
        return done('amazon-sync-tick') >= 2 && done('outbox-tick') >= 2 && found;
      },
      { timeoutMs: 240_000, everyMs: 5000 },
    );
    for (const name of ['amazon-sync-tick', 'outbox-tick']) {
      const ofName = rows.filter((r) => r.name === name);
      expect(ofName.length, name).toBeGreaterThanOrEqual(2);
      for (const tick of ofName) expect(tick.n, `${name} ${tick.minute.toISOString()}`).toBe(1);
    }
    // The store's scheduled syncs: never two at once, and none queued twice in one minute.
    const runs: { trigger: string; started_at: Date; finished_at: Date | null }[] = await db
      .knex('amazon_sync_runs')
      .where({ store_id: db.storeId })
      .orderBy('started_at')
      .select('trigger', 'started_at', 'finished_at');
    expect(runs.filter((r) => r.trigger === 'schedule').length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < runs.length; i += 1) {
      const previousEnd = runs[i - 1]!.finished_at;
      expect(previousEnd, 'a run still open while another started').not.toBeNull();
      expect(runs[i]!.started_at.getTime()).toBeGreaterThanOrEqual(previousEnd!.getTime());
    }
  });
});
