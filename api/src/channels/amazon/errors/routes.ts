import type { Knex } from 'knex';
import { ALL_ROLES } from '../../../http/access.js';
import type { ListSpec } from '../../../http/list-query.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';

const errorsList: ListSpec = {
  resource: 'amazon-errors',
  idColumn: 'id',
  idType: 'int',
  sortable: {
    id: 'id',
    created_at: 'created_at',
    store_id: 'store_id',
    operation: 'operation',
    status: 'status',
  },
  defaultSort: ['created_at', 'DESC'],
  filters: {
    store_id: { type: 'int', column: 'store_id' },
    operation: { type: 'text', column: 'operation' },
    status: { type: 'int', column: 'status' },
    code: { type: 'text', column: 'code' },
    created_at: { type: 'date', column: 'created_at', range: true },
  },
  search: (query, term) => void query.whereILike('message', `%${term}%`),
};

/** Amazon > Errors: each failed call to Amazon that reached its caller. */
export function communicationErrorRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: errorsList,
    access: ALL_ROLES,
    noun: 'communication error',
    query: () =>
      knex('amazon_communication_errors').select(
        'id',
        'store_id',
        'operation',
        'status',
        'code',
        'message',
        'request_id',
        'sync_run_id',
        'outbox_id',
        'created_at',
      ),
  });
}
