import type { Knex } from 'knex';
import { ALL_ROLES } from '../../../http/access.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { amazonOrdersList } from './list-spec.js';
import { amazonOrderQuery } from './repository.js';

export function amazonOrderRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: amazonOrdersList,
    access: ALL_ROLES,
    noun: 'Amazon order',
    query: () => amazonOrderQuery(knex),
  });
}
