import type { Knex } from 'knex';
import { ALL_ROLES } from './access.js';
import { buildOpenApi } from './openapi.js';
import type { RouteDefinition } from './routes.js';

/** Health (public, checks the database) and the OpenAPI description of every route. */
export function systemRoutes(knex: Knex, allRoutes: () => readonly RouteDefinition[]): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/health',
      access: 'public',
      summary: 'Liveness and database check',
      handler: async (_req, res) => {
        await knex.raw('select 1');
        res.json({ status: 'ok' });
      },
    },
    {
      method: 'get',
      path: '/api/openapi.json',
      access: ALL_ROLES,
      summary: 'This API, described in OpenAPI 3.1',
      handler: (_req, res) => {
        res.json(buildOpenApi(allRoutes()));
      },
    },
  ];
}
