import { hostname } from 'node:os';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { CancelWorkerDeps } from './channels/amazon/cancellation/cancel-worker.js';
import { AmazonOrderImporter } from './channels/amazon/import/import-service.js';
import { RateLimits } from './channels/amazon/sp-api/rate-limits.js';
import type { StoreSyncDeps } from './channels/amazon/sync/store-sync.js';
import { SecretBox } from './crypto/secret-box.js';
import { InventoryService } from './inventory/service.js';
import { SalesService } from './sales/service.js';

export interface Services {
  secretBox: SecretBox;
  rateLimits: RateLimits;
  sales: SalesService;
  inventory: InventoryService;
  importer: AmazonOrderImporter;
  sync: StoreSyncDeps;
  cancelWorker: CancelWorkerDeps;
}

/** The domain services of one process, built once at boot and shared by routes and jobs. */
export function createServices(
  knex: Knex,
  logger: Logger,
  options: {
    secretKey: string;
    amazonRateLimits: boolean;
    /** One call to Amazon's time limit (default the connector's 30 s). */
    amazonTimeoutMs?: number;
    /** Sync leases and outbox claims (default 120 s). */
    workerLeaseSeconds?: number;
    feedPolling?: CancelWorkerDeps['feedPolling'];
  },
): Services {
  const secretBox = new SecretBox(options.secretKey);
  const rateLimits = new RateLimits({ enabled: options.amazonRateLimits });
  const sales = new SalesService();
  const inventory = new InventoryService();
  const importer = new AmazonOrderImporter({ sales, inventory });
  const timeout = options.amazonTimeoutMs === undefined ? {} : { timeoutMs: options.amazonTimeoutMs };
  const lease = options.workerLeaseSeconds === undefined ? {} : { leaseSeconds: options.workerLeaseSeconds };
  return {
    secretBox,
    rateLimits,
    sales,
    inventory,
    importer,
    sync: {
      knex,
      secretBox,
      rateLimits,
      logger,
      importer,
      owner: `${hostname()}:${process.pid}`,
      ...timeout,
      ...lease,
    },
    cancelWorker: {
      knex,
      secretBox,
      rateLimits,
      logger,
      services: { sales, inventory },
      ...timeout,
      ...(options.feedPolling ? { feedPolling: options.feedPolling } : {}),
    },
  };
}
