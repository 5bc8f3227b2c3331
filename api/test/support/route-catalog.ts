import type { Express } from 'express';
import type { Role } from '@orderdesk/migrations';
import { listMountedRoutes, type MountedRoute } from '../../src/http/routes.js';

export const ROLES: readonly Role[] = ['admin', 'manager', 'fulfillment', 'support'];

const ALL = ROLES;
const MANAGERS: readonly Role[] = ['admin', 'manager'];
const PROCESSORS: readonly Role[] = ['admin', 'manager', 'fulfillment'];
const ADMINS: readonly Role[] = ['admin'];

/**
 * Who may call what, written out by hand from product.md ("Roles") rather than read from the code, so that
 * a route added without an entry here, or a guard loosened by mistake, fails the tests that use it.
 */
export const ROLE_MATRIX: Readonly<Record<string, 'public' | readonly Role[]>> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/openapi.json': ALL,
  'GET /api/auth/me': ALL,
  'POST /api/auth/logout': ALL,
  'GET /api/users': ADMINS,
  'GET /api/users/:id': ADMINS,
  'POST /api/users': ADMINS,
  'PUT /api/users/:id': ADMINS,
  'GET /api/audit-log': MANAGERS,
  'GET /api/audit-log/:id': MANAGERS,
  'GET /api/preferences': ALL,
  'PUT /api/preferences/:key': ALL,
  'DELETE /api/preferences/:key': ALL,
  'GET /api/stock': ALL,
  'GET /api/stock/:id': ALL,
  'GET /api/stock-reservations': ALL,
  'GET /api/dashboard': ALL,
  'GET /api/amazon-stores': ALL,
  'GET /api/amazon-stores/:id': ALL,
  'POST /api/amazon-stores': MANAGERS,
  'PUT /api/amazon-stores/:id': MANAGERS,
  'POST /api/amazon-stores/:id/sync': MANAGERS,
  'GET /api/amazon-sync-runs': ALL,
  'GET /api/amazon-sync-runs/:id': ALL,
  'GET /api/amazon-errors': ALL,
  'GET /api/amazon-errors/:id': ALL,
  'GET /api/amazon-orders/status-counts': ALL,
  'GET /api/amazon-orders/export.csv': ALL,
  'GET /api/amazon-orders': ALL,
  'GET /api/amazon-orders/:id': ALL,
  'PUT /api/amazon-orders/:id': PROCESSORS,
  'POST /api/amazon-orders/:id/cancel': PROCESSORS,
  'POST /api/amazon-orders/:id/cancel/retry': PROCESSORS,
  'GET /api/orders': ALL,
  'GET /api/orders/:id': ALL,
  'POST /api/orders/:id/shipments': PROCESSORS,
  'POST /api/orders/:id/invoices': PROCESSORS,
  'POST /api/orders/:id/credit-memos': PROCESSORS,
  'POST /api/orders/:id/hold': PROCESSORS,
  'POST /api/orders/:id/unhold': PROCESSORS,
  'POST /api/orders/:id/cancel': PROCESSORS,
  'POST /api/orders/:id/comments': ALL,
  'POST /api/orders/:id/shipments/:shipmentId/confirmation/retry': PROCESSORS,
  'GET /api/outbound-emails': MANAGERS,
  'GET /api/outbound-emails/:id': MANAGERS,
};

/**
 * The app's own middleware (`app.use`), by function name. Anything else on the router besides routes is a
 * way to answer requests around mountRoutes' guard, and fails the route tests until it is listed here.
 */
export const KNOWN_MIDDLEWARE = [
  'helmetMiddleware', // security headers, CSP
  'result', // pino-http's request log
  'requireJson',
  'jsonParser',
  'requireUsableText', // malformed URLs and NUL characters: 400
  'apiNotFound',
  'serveStatic', // the built panel's files (public: it is the login page too)
  'panelIndex', // its index.html for the panel's own routes
  'errorHandler',
];

export const routeKey = (route: Pick<MountedRoute, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** Every route of the app, walked from its Express router. */
export function mountedRoutes(app: Express): MountedRoute[] {
  return listMountedRoutes(app);
}

/** The names of the router's layers that are not routes (middleware), in order. */
export function middlewareNames(app: Express): string[] {
  const stack = (app as unknown as { router: { stack: { name?: string; route?: unknown }[] } }).router.stack;
  return stack.filter((layer) => !layer.route).map((layer) => layer.name ?? '');
}

/**
 * A concrete URL for a route: each path parameter filled with `values[name]`, or an id that names no
 * record (a SKU or an AmazonOrderId where the route takes those, a large integer elsewhere).
 */
export function concretePath(path: string, values: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    if (values[name] !== undefined) return encodeURIComponent(values[name]);
    if (path.startsWith('/api/stock/')) return 'NO-SUCH-SKU';
    if (path.startsWith('/api/amazon-orders/')) return '999-0000000-0000000';
    return '2147483000';
  });
}
