import type { Knex } from 'knex';
import { ALL_ROLES } from '../http/access.js';
import type { RouteDefinition } from '../http/routes.js';
import { dashboardQuery } from './schemas.js';
import { loadDashboard } from './service.js';

/** The panel's dashboard: headline figures, each store's last sync, and Recent Orders. */
export function dashboardRoutes(knex: Knex): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/dashboard',
      access: ALL_ROLES,
      summary: 'Dashboard: headline figures, last sync per store and the 10 latest Amazon orders (?tz=)',
      handler: async (req, res) => {
        const { tz } = dashboardQuery.parse(req.query);
        res.json(await loadDashboard(knex, tz ?? 'UTC'));
      },
    },
  ];
}
