import type { Knex } from 'knex';
import { MANAGERS } from '../http/access.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';

const auditList: ListSpec = {
  resource: 'audit-log',
  idColumn: 'id',
  idType: 'int',
  sortable: { id: 'id', at: 'at', user: 'username', action: 'action', resource: 'resource' },
  defaultSort: ['at', 'DESC'],
  filters: {
    at: { type: 'date', column: 'at', range: true },
    user: { type: 'text', column: 'username' },
    user_id: { type: 'int', column: 'user_id' },
    action: { type: 'text', column: 'action' },
    resource: { type: 'text', column: 'resource' },
    record_id: { type: 'text', column: 'record_id' },
  },
};

export function auditRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: auditList,
    access: MANAGERS,
    noun: 'audit log entry',
    query: () =>
      knex('audit_log').select(
        'id',
        'at',
        'username as user',
        'user_id',
        'action',
        'resource',
        'record_id',
        'details',
      ),
  });
}
