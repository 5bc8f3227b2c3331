import type { Express, Request, RequestHandler, Response } from 'express';
import type { ZodType } from 'zod';
import type { Role } from '@orderdesk/migrations';
import { ForbiddenError, UnauthorizedError } from './errors.js';

/** Who may call a route: everyone (health, login) or the listed roles. Every route must say. */
export type Access = 'public' | readonly Role[];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteDefinition {
  method: HttpMethod;
  /** The full path, e.g. `/api/users/:id`. */
  path: string;
  access: Access;
  summary: string;
  /** Validates (and replaces) `req.body`; unknown fields are the schema's business (use strict objects). */
  body?: ZodType;
  handler: (req: Request, res: Response) => Promise<void> | void;
}

/** Loads the session user from the request's cookie, or null. Supplied by the auth module. */
export type Authenticator = (req: Request, res: Response) => Promise<void>;

const GUARDED = Symbol('order-desk.guarded');
type GuardedHandler = RequestHandler & { [GUARDED]?: Access };

/** Registers each route behind its guard and body validation. The handler is marked as guarded. */
export function mountRoutes(
  app: Express,
  routes: readonly RouteDefinition[],
  authenticate: Authenticator,
): void {
  for (const route of routes) {
    if (!('access' in route) || route.access === undefined) {
      throw new Error(`Route ${route.method.toUpperCase()} ${route.path} declares no access guard.`);
    }
    const handler: GuardedHandler = async (req, res) => {
      if (route.access !== 'public') await checkAccess(req, res, route.access, authenticate);
      if (route.body) req.body = route.body.parse(req.body ?? {});
      await route.handler(req, res);
    };
    handler[GUARDED] = route.access;
    app[route.method](route.path, handler);
  }
}

async function checkAccess(req: Request, res: Response, roles: readonly Role[], authenticate: Authenticator) {
  await authenticate(req, res);
  if (!req.user) throw new UnauthorizedError();
  if (!roles.includes(req.user.role)) {
    throw new ForbiddenError(`Your role (${req.user.role}) does not allow this action.`);
  }
}

export interface MountedRoute {
  method: string;
  path: string;
  access: Access | undefined;
}

/**
 * Lists every route Express will answer, with its declared guard (undefined: none). A route is guarded
 * only when every handler on it is mountRoutes' own; a router mounted with `app.use` is listed as one
 * unguarded entry (`USE <name>`), since its routes would bypass mountRoutes.
 */
export function listMountedRoutes(app: Express): MountedRoute[] {
  const found: MountedRoute[] = [];
  const stack = (app as unknown as { router: { stack: RouterLayer[] } }).router.stack;
  for (const layer of stack) {
    if (!layer.route) {
      if (Array.isArray((layer.handle as { stack?: unknown } | undefined)?.stack))
        found.push({ method: 'USE', path: `(router ${layer.name ?? 'anonymous'})`, access: undefined });
      continue;
    }
    const guards = layer.route.stack.map(
      (handler) => (handler.handle as GuardedHandler | undefined)?.[GUARDED],
    );
    const access = guards.length > 0 && guards.every((guard) => guard !== undefined) ? guards[0] : undefined;
    for (const method of Object.keys(layer.route.methods)) {
      found.push({ method: method.toUpperCase(), path: String(layer.route.path), access });
    }
  }
  return found;
}

interface RouterLayer {
  name?: string;
  handle?: unknown;
  route?: { path: unknown; methods: Record<string, boolean>; stack: { handle: unknown }[] };
}

/** Stops start-up when any route was added around mountRoutes, i.e. without a declared guard. */
export function assertEveryRouteGuarded(app: Express): void {
  const unguarded = listMountedRoutes(app).filter((route) => route.access === undefined);
  if (unguarded.length > 0) {
    const names = unguarded.map((route) => `${route.method} ${route.path}`).join(', ');
    throw new Error(`Refusing to start: routes without a declared access guard: ${names}`);
  }
}
