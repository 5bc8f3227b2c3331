import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertEveryRouteGuarded, mountRoutes, type RouteDefinition } from '../src/http/routes.js';
import type { ApiClient, ApiResponse } from './support/api-client.js';
import {
  concretePath,
  KNOWN_MIDDLEWARE,
  middlewareNames,
  mountedRoutes,
  ROLE_MATRIX,
  ROLES,
  routeKey,
} from './support/route-catalog.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const sessions = new Map<string, ApiClient>();
beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLES) sessions.set(role, await server.loginAs(role));
});
afterAll(() => server?.close());

/** A request the route must answer without changing anything: ids that name no record, an empty body. */
async function call(client: ApiClient, method: string, path: string) {
  const url = concretePath(path);
  const res =
    method === 'GET'
      ? await client.get(url)
      : await client.raw(method, url, { body: '{}', headers: { 'content-type': 'application/json' } });
  return res as ApiResponse<{ message?: string }>;
}

describe('the routes, enumerated from the Express router', () => {
  it('are exactly the routes of the role matrix, each behind the guard the matrix declares', () => {
    const mounted = mountedRoutes(server.app);
    expect(mounted.length).toBeGreaterThan(30);
    expect(mounted.map(routeKey).sort()).toEqual(Object.keys(ROLE_MATRIX).sort());
    for (const route of mounted) {
      const declared = ROLE_MATRIX[routeKey(route)];
      const actual = route.access === 'public' ? 'public' : [...(route.access ?? [])].sort();
      expect(actual, routeKey(route)).toEqual(declared === 'public' ? 'public' : [...declared!].sort());
    }
  });

  it('has nothing else on the router that could answer a request around the guards', () => {
    for (const name of middlewareNames(server.app)) expect(KNOWN_MIDDLEWARE, name).toContain(name);
  });

  it('refuses to start with a route added around mountRoutes, or a router mounted beside it', () => {
    const guarded: RouteDefinition = {
      method: 'get',
      path: '/api/fine',
      access: 'public',
      summary: 'fine',
      handler: (_req, res) => void res.json({}),
    };
    const authenticate = async () => undefined;
    const plain = express();
    mountRoutes(plain, [guarded], authenticate);
    expect(() => assertEveryRouteGuarded(plain)).not.toThrow();

    const sneaky = express();
    mountRoutes(sneaky, [guarded], authenticate);
    sneaky.get('/api/sneaky', (_req, res) => void res.json({}));
    expect(() => assertEveryRouteGuarded(sneaky)).toThrow(/GET \/api\/sneaky/);

    const prefixed = express();
    mountRoutes(prefixed, [guarded], authenticate);
    prefixed.get('/api/fine', (_req, res) => void res.json({ leaked: true }));
    expect(() => assertEveryRouteGuarded(prefixed)).toThrow(/GET \/api\/fine/);

    const withRouter = express();
    mountRoutes(withRouter, [guarded], authenticate);
    withRouter.use(
      '/api/extra',
      express.Router().get('/', (_req, res) => void res.json({})),
    );
    expect(() => assertEveryRouteGuarded(withRouter)).toThrow(/USE \(router/);
  });

  it('are all described in openapi.json with the same roles', async () => {
    const res = await sessions
      .get('support')!
      .get<{ paths: Record<string, Record<string, { 'x-roles': unknown }>> }>('/api/openapi.json');
    for (const [key, roles] of Object.entries(ROLE_MATRIX)) {
      const [method, path] = key.split(' ') as [string, string];
      const operation = res.body.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(operation?.['x-roles'], key).toEqual(roles === 'public' ? 'public' : [...roles]);
    }
  });
});

describe('sessions', () => {
  it('every route but health and login answers 401 with a message without a session, or with a forged one', async () => {
    const forged = server.anonymous();
    const routes = mountedRoutes(server.app);
    for (const route of routes) {
      const key = routeKey(route);
      for (const client of [server.anonymous(), forged]) {
        const res =
          client === forged
            ? await fetch(server.url + concretePath(route.path), {
                method: route.method,
                headers: { cookie: `od_session=${'A'.repeat(43)}`, 'content-type': 'application/json' },
                body: route.method === 'GET' ? undefined : '{}',
              }).then(async (r) => ({ status: r.status, body: (await r.json()) as { message?: string } }))
            : await call(client, route.method, route.path);
        if (ROLE_MATRIX[key] === 'public') {
          expect(res.status, key).not.toBe(401);
        } else {
          expect(res.status, key).toBe(401);
          expect(res.body.message, key).toMatch(/not logged in/);
        }
      }
    }
    expect(
      routes
        .filter((route) => ROLE_MATRIX[routeKey(route)] === 'public')
        .map(routeKey)
        .sort(),
    ).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });
});

describe('the role matrix, route by route', () => {
  it.each(ROLES)(
    'lets %s call exactly the routes the matrix gives it, and answers 403 with a message elsewhere',
    async (role) => {
      const routes = mountedRoutes(server.app).filter((route) => ROLE_MATRIX[routeKey(route)] !== 'public');
      const answers = await Promise.all(
        routes.map(async (route) => {
          // Logging out ends the session: that one call gets a session of its own.
          const key = routeKey(route);
          const client = key === 'POST /api/auth/logout' ? await server.loginAs(role) : sessions.get(role)!;
          return { key, res: await call(client, route.method, route.path) };
        }),
      );
      for (const { key, res } of answers) {
        expect(res.status, `${key} as ${role}: ${res.text}`).toBeLessThan(500);
        if (ROLE_MATRIX[key]!.includes(role)) {
          expect([401, 403], `${key} as ${role}: ${res.text}`).not.toContain(res.status);
        } else {
          expect(res.status, `${key} as ${role}`).toBe(403);
          expect(res.body.message, `${key} as ${role}`).toBe(
            `Your role (${role}) does not allow this action.`,
          );
        }
      }
      expect((await sessions.get(role)!.get('/api/auth/me')).status, role).toBe(200);
    },
    120_000,
  );
});
