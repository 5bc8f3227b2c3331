import { setTimeout as delay } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { CANCEL_ORDER_COMMAND } from '../channels/amazon/cancellation/cancel-request.js';
import { runCancelCommand } from '../channels/amazon/cancellation/cancel-worker.js';
import { CONFIRM_SHIPMENT_COMMAND } from '../channels/amazon/shipments/confirm-shipment-command.js';
import { runConfirmShipmentCommand } from '../channels/amazon/shipments/confirm-shipment-worker.js';
import { declareSyncQueues, workSyncQueues } from '../channels/amazon/sync/sync-jobs.js';
import { declareOutboxQueues, workOutboxQueues, type OutboxHandler } from '../outbox/outbox-jobs.js';
import type { Services } from '../services.js';

/**
 * PostgreSQL's answers when processes starting together declare the same queues at once: a deadlock between
 * their catalog writes, or the same queue created twice. Declaring is idempotent, so it is tried again.
 */
const CONCURRENT_DECLARE_CODES = new Set(['40P01', '23505', '40001']);
const DECLARE_ATTEMPTS = 6;

/** Every queue and schedule (idempotent: each process may declare them, also several starting at once). */
export async function declareQueues(boss: PgBoss): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await declareSyncQueues(boss);
      await declareOutboxQueues(boss);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= DECLARE_ATTEMPTS || typeof code !== 'string' || !CONCURRENT_DECLARE_CODES.has(code))
        throw error;
      await delay(50 * attempt + Math.floor(Math.random() * 150));
    }
  }
}

/** The outbox command kinds this product sends, and who sends them. */
export function outboxHandlers(services: Services): Record<string, OutboxHandler> {
  return {
    [CANCEL_ORDER_COMMAND]: (command) => runCancelCommand(services.cancelWorker, command),
    [CONFIRM_SHIPMENT_COMMAND]: (command) => runConfirmShipmentCommand(services.sync, command),
  };
}

/** The worker role: syncs and outbox commands. */
export async function startWorkers(boss: PgBoss, services: Services): Promise<void> {
  await workSyncQueues(boss, services.sync);
  await workOutboxQueues(boss, {
    knex: services.sync.knex,
    logger: services.sync.logger,
    owner: services.sync.owner,
    handlers: outboxHandlers(services),
    ...(services.sync.leaseSeconds === undefined ? {} : { claimSeconds: services.sync.leaseSeconds }),
  });
}
