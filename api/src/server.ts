import type { Express } from 'express';
import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { auditRoutes } from './audit/routes.js';
import { authRoutes, createAuthenticator, loginRateLimit } from './auth/routes.js';
import { AuthService } from './auth/service.js';
import { communicationErrorRoutes } from './channels/amazon/errors/routes.js';
import { cancelRoutes } from './channels/amazon/cancellation/cancel-routes.js';
import { amazonShipmentChannel } from './channels/amazon/shipments/amazon-shipment.js';
import { shipmentConfirmationRetryRoutes } from './channels/amazon/shipments/confirmation-retry-routes.js';
import { amazonOrderRoutes } from './channels/amazon/orders/routes.js';
import { storeRoutes } from './channels/amazon/stores/routes.js';
import { syncRunRoutes } from './channels/amazon/sync-runs/routes.js';
import { dashboardRoutes } from './dashboard/routes.js';
import type { SecretBox } from './crypto/secret-box.js';
import { createApp } from './http/app.js';
import { DEFAULT_EXACT_COUNT_LIMIT } from './http/list-count.js';
import type { RouteDefinition } from './http/routes.js';
import { systemRoutes } from './http/system-routes.js';
import { stockReservationRoutes } from './inventory/reservation-routes.js';
import { stockRoutes } from './inventory/routes.js';
import { preferenceRoutes } from './preferences/routes.js';
import { orderActionRoutes } from './sales/actions/action-routes.js';
import { outboundEmailRoutes } from './sales/outbound-emails/routes.js';
import { invoicingRoutes } from './sales/invoicing/invoice-routes.js';
import { salesOrderRoutes } from './sales/routes.js';
import { shipmentRoutes } from './sales/shipping/shipment-routes.js';
import { userRoutes } from './users/routes.js';

export interface ServerOptions {
  knex: Knex;
  boss: PgBoss;
  /** Seals the Amazon credentials staff enter (the process's SECRET_KEY). */
  secretBox: SecretBox;
  logger: Logger;
  sessionTtlMs: number;
  loginMaxFailures: number;
  trustProxy: boolean;
  adminUiDist: string | null;
  /** Buyer e-mails go over this SMTP URL; unset: kept in outbound_emails only (nodemailer's JSON transport). */
  smtpUrl?: string | null;
  /** Lists count exactly up to this many rows, then estimate (default 10,000; list-count.ts). */
  listExactCountLimit?: number;
}

/** Wires every module's routes into one app. Adding a module means adding its routes here. */
export function buildServer(options: ServerOptions): { app: Express; routes: RouteDefinition[] } {
  const { knex } = options;
  const auth = new AuthService(knex, options.sessionTtlMs);
  const routes: RouteDefinition[] = [];
  routes.push(
    ...systemRoutes(knex, () => routes),
    ...authRoutes(auth, options.sessionTtlMs, loginRateLimit(options.loginMaxFailures)),
    ...userRoutes(knex),
    ...auditRoutes(knex),
    ...preferenceRoutes(knex),
    ...stockRoutes(knex),
    ...stockReservationRoutes(knex),
    ...dashboardRoutes(knex),
    ...storeRoutes(knex, options.boss, options.secretBox),
    ...syncRunRoutes(knex),
    ...communicationErrorRoutes(knex),
    ...amazonOrderRoutes(knex),
    ...cancelRoutes(knex, options.boss),
    ...salesOrderRoutes(knex),
    ...shipmentRoutes(knex, options.boss, amazonShipmentChannel),
    ...invoicingRoutes(knex),
    ...orderActionRoutes(knex, options.smtpUrl ?? null),
    ...shipmentConfirmationRetryRoutes(knex, options.boss),
    ...outboundEmailRoutes(knex),
  );
  const app = createApp({
    routes,
    authenticate: createAuthenticator(auth),
    logger: options.logger,
    trustProxy: options.trustProxy,
    adminUiDist: options.adminUiDist,
  });
  app.locals.listExactCountLimit = options.listExactCountLimit ?? DEFAULT_EXACT_COUNT_LIMIT;
  return { app, routes };
}
