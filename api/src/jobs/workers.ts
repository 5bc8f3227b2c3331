import type PgBoss from 'pg-boss';
import { CANCEL_ORDER_COMMAND } from '../channels/amazon/cancellation/cancel-request.js';
import { runCancelCommand } from '../channels/amazon/cancellation/cancel-worker.js';
import { CONFIRM_SHIPMENT_COMMAND } from '../channels/amazon/shipments/confirm-shipment-command.js';
import { runConfirmShipmentCommand } from '../channels/amazon/shipments/confirm-shipment-worker.js';
import { workSyncQueues } from '../channels/amazon/sync/sync-jobs.js';
import { workOutboxQueues, type OutboxHandler } from '../outbox/outbox-jobs.js';
import type { Services } from '../services.js';

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
