import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { serveAdminUi } from './admin-ui-static.js';
import { apiNotFound, errorHandler } from './error-handler.js';
import { requireJson } from './require-json.js';
import { assertEveryRouteGuarded, mountRoutes, type Authenticator, type RouteDefinition } from './routes.js';
import { securityHeaders } from './security.js';
import { requireUsableText } from './usable-text.js';

export interface AppOptions {
  routes: readonly RouteDefinition[];
  authenticate: Authenticator;
  logger: Logger;
  trustProxy: boolean;
  adminUiDist: string | null;
}

/** The Express app: security headers, request log, JSON-only API with guarded routes, then the panel. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // One hop: the client address is the one the TLS proxy saw (the last X-Forwarded-For entry), not the
  // left-most entry, which the client writes itself and could vary to dodge the login rate limit.
  app.set('trust proxy', options.trustProxy ? 1 : false);
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(pinoHttp({ logger: options.logger, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use('/api', requireJson, express.json({ limit: '1mb', strict: true }), requireUsableText);
  mountRoutes(app, options.routes, options.authenticate);
  app.use('/api', apiNotFound);
  if (options.adminUiDist) serveAdminUi(app, options.adminUiDist);
  app.use(errorHandler);
  assertEveryRouteGuarded(app);
  return app;
}
