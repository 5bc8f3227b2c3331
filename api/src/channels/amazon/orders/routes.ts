import type { Knex } from 'knex';
import { ALL_ROLES } from '../../../http/access.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { amazonOrderDetailRoutes } from './details-routes.js';
import { amazonOrderGridRoutes } from './grid-routes.js';
import { amazonOrdersList } from './list-spec.js';
import { amazonOrderQuery } from './repository.js';

export function amazonOrderRoutes(knex: Knex): RouteDefinition[] {
  return [
    // Before readRoutes: `/api/amazon-orders/:id` would take `export.csv` for an order number.
    ...amazonOrderGridRoutes(knex),
    ...readRoutes({
      list: amazonOrdersList,
      access: ALL_ROLES,
      noun: 'Amazon order',
      query: () => amazonOrderQuery(knex),
    }).filter((route) => route.path !== '/api/amazon-orders/:id'),
    // One order is answered whole (shipping address, items, tracking, history) and its address corrected.
    ...amazonOrderDetailRoutes(knex),
  ];
}
