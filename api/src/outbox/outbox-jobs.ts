import type PgBoss from 'pg-boss';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { declareTickQueue } from '../jobs/tick-queue.js';
import {
  claimCommand,
  CLAIM_SECONDS,
  dueCommandIds,
  failCommand,
  renewClaim,
  type OutboxCommand,
} from './outbox-repository.js';

export const OUTBOX_QUEUE = 'outbox';
export const OUTBOX_TICK_QUEUE = 'outbox-tick';

/** Runs one claimed command of its kind; it records its own outcome (done, retry later, dead). */
export type OutboxHandler = (command: OutboxCommand) => Promise<void>;

interface OutboxJob {
  outboxId: number;
}

export interface OutboxWorkerDeps {
  knex: Knex;
  logger: Logger;
  owner: string;
  handlers: Record<string, OutboxHandler>;
  /** How long a claim holds without renewal (default CLAIM_SECONDS); renewed every quarter of it. */
  claimSeconds?: number;
}

/** Hands a command to a worker now (after the transaction that wrote it has committed). */
export async function notifyOutbox(boss: PgBoss, outboxId: number): Promise<void> {
  await boss.send(OUTBOX_QUEUE, { outboxId } satisfies OutboxJob, { singletonKey: `outbox:${outboxId}` });
}

export async function declareOutboxQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(OUTBOX_QUEUE, { name: OUTBOX_QUEUE, policy: 'standard' });
  await declareTickQueue(boss, OUTBOX_TICK_QUEUE);
}

/**
 * The worker side. A job only says "look at command n": the command is claimed in the outbox table, so a
 * duplicate job, a second process or a retry after a crash never runs it twice at once. Every minute the
 * tick hands out what is due again (retries after backoff, jobs lost, workers that died mid-command).
 */
export async function workOutboxQueues(boss: PgBoss, deps: OutboxWorkerDeps): Promise<void> {
  await boss.work<OutboxJob>(OUTBOX_QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
    if (job) await runOutboxCommand(deps, job.data.outboxId);
  });
  await boss.work(OUTBOX_TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const due = await dueCommandIds(deps.knex, 500, deps.claimSeconds ?? CLAIM_SECONDS);
    for (const outboxId of due) await notifyOutbox(boss, outboxId);
  });
}

export async function runOutboxCommand(deps: OutboxWorkerDeps, outboxId: number): Promise<void> {
  const claimSeconds = deps.claimSeconds ?? CLAIM_SECONDS;
  const command = await claimCommand(deps.knex, outboxId, deps.owner, claimSeconds);
  if (!command) return;
  const handler = deps.handlers[command.kind];
  // While the command runs (a feed may take minutes), its claim is renewed; a dead worker's lapses.
  const heartbeat = setInterval(() => {
    renewClaim(deps.knex, command.id, deps.owner).catch((error: unknown) =>
      deps.logger.warn({ err: error, outboxId }, 'could not renew an outbox claim'),
    );
  }, claimSeconds * 250);
  try {
    if (!handler) throw new Error(`No worker handles outbox commands of kind "${command.kind}"`);
    await handler(command);
  } catch (error) {
    deps.logger.error({ err: error, outboxId }, 'outbox command failed');
    await failCommand(deps.knex, command, (error as Error).message, Boolean(handler));
  } finally {
    clearInterval(heartbeat);
  }
}
