// What a worker killed mid-work leaves behind is taken over soon: its sync run is closed and Sync now
// queues a new one once its lease has run out, its outbox claims lapse (a live worker renews its own),
// and a tick it held does not hold the schedule for long.
import type { Knex } from 'knex';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declareTickQueue, TICK_EXPIRE_SECONDS } from '../src/jobs/tick-queue.js';
import { runOutboxCommand } from '../src/outbox/outbox-jobs.js';
import { claimCommand, dueCommandIds, enqueueOutbox, renewClaim } from '../src/outbox/outbox-repository.js';
import type { ApiClient } from './support/api-client.js';
import { demoStoreId } from './support/sync-helpers.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let manager: ApiClient;
let storeId: number;
beforeAll(async () => {
  server = await startTestServer();
  manager = await server.loginAs('manager');
  storeId = await demoStoreId(server.knex);
});
afterAll(() => server?.close());

/** A run left `running` by a worker whose lease ends `leaseSeconds` from now (negative: ended). */
async function runLeftBehind(knex: Knex, leaseSeconds: number): Promise<number> {
  const [run] = await knex('amazon_sync_runs')
    .insert({ store_id: storeId, status: 'running', trigger: 'manual' })
    .returning('id');
  await knex('amazon_stores')
    .where({ id: storeId })
    .update({
      sync_lease_owner: 'gone-host:4242',
      sync_lease_until: knex.raw(`now() + ? * interval '1 second'`, [leaseSeconds]),
    });
  return run.id as number;
}

describe('a sync run whose worker died', () => {
  it('is the run Sync now answers while the lease lasts, then is closed and a new run queued', async () => {
    const dead = await runLeftBehind(server.knex, 60);
    const meanwhile = await manager.post<{ id: number; status: string }>(
      `/api/amazon-stores/${storeId}/sync`,
    );
    expect(meanwhile.status).toBe(202);
    expect(meanwhile.body).toMatchObject({ id: dead, status: 'running' });

    await server
      .knex('amazon_stores')
      .where({ id: storeId })
      .update({ sync_lease_until: server.knex.raw("now() - interval '1 second'") });
    const after = await manager.post<{ id: number; status: string }>(`/api/amazon-stores/${storeId}/sync`);
    expect(after.status).toBe(202);
    expect(after.body.id).not.toBe(dead);
    expect(after.body.status).toBe('queued');
    const closed = await server.knex('amazon_sync_runs').where({ id: dead }).first();
    expect(closed).toMatchObject({
      status: 'failed',
      error_message: 'The worker running this sync stopped.',
    });
    expect(closed.finished_at).not.toBeNull();
  });
});

describe('an outbox command whose worker died', () => {
  const CLAIM_SECONDS = 4;
  async function command(): Promise<number> {
    return server.knex.transaction((trx) =>
      enqueueOutbox(trx, {
        kind: 'test.noop',
        storeId: null,
        aggregateType: 'test',
        aggregateId: '1',
        payload: {},
        idempotencyKey: `crashed-worker-${Math.random()}`,
      }),
    );
  }

  it('is handed out again once its claim is older than the claim time, and only then', async () => {
    const id = await command();
    expect(await claimCommand(server.knex, id, 'worker-a', CLAIM_SECONDS)).toMatchObject({ id, attempts: 1 });
    expect(await claimCommand(server.knex, id, 'worker-b', CLAIM_SECONDS)).toBeUndefined();
    expect(await dueCommandIds(server.knex, 500, CLAIM_SECONDS)).not.toContain(id);
    expect(await renewClaim(server.knex, id, 'worker-a')).toBe(true);

    // worker-a died: nobody renews its claim.
    await server
      .knex('outbox')
      .where({ id })
      .update({ locked_at: server.knex.raw(`now() - interval '5 seconds'`) });
    expect(await dueCommandIds(server.knex, 500, CLAIM_SECONDS)).toContain(id);
    expect(await claimCommand(server.knex, id, 'worker-b', CLAIM_SECONDS)).toMatchObject({ id, attempts: 2 });
    expect(await renewClaim(server.knex, id, 'worker-a')).toBe(false);
  });

  it('stays claimed while a live worker runs it longer than the claim time', async () => {
    const id = await command();
    let dueWhileRunning: number[] = [];
    await runOutboxCommand(
      {
        knex: server.knex,
        logger: pino({ level: 'silent' }),
        owner: 'worker-live',
        claimSeconds: CLAIM_SECONDS,
        handlers: {
          'test.noop': async () => {
            await new Promise((resolve) => setTimeout(resolve, (CLAIM_SECONDS + 2) * 1000));
            dueWhileRunning = await dueCommandIds(server.knex, 500, CLAIM_SECONDS);
            await server.knex('outbox').where({ id }).update({ status: 'succeeded' });
          },
        },
      },
      id,
    );
    expect(dueWhileRunning).not.toContain(id);
  });
});

describe('a once-a-minute tick', () => {
  it('is a singleton queue whose active job expires after a minute, not retried', async () => {
    for (const name of ['amazon-sync-tick', 'outbox-tick']) {
      expect(await server.boss.getQueue(name)).toMatchObject({
        policy: 'singleton',
        expireInSeconds: TICK_EXPIRE_SECONDS,
        retryLimit: 0,
      });
    }
  });

  it('brings a tick queue made by an earlier version up to date', async () => {
    await server.boss.createQueue('old-tick', { name: 'old-tick', policy: 'singleton' });
    await declareTickQueue(server.boss, 'old-tick');
    expect(await server.boss.getQueue('old-tick')).toMatchObject({
      policy: 'singleton',
      expireInSeconds: TICK_EXPIRE_SECONDS,
      retryLimit: 0,
    });
  });
});
