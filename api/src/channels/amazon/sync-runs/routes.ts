import type { Knex } from 'knex';
import { SYNC_RUN_STATUSES } from '@orderdesk/migrations';
import { ALL_ROLES } from '../../../http/access.js';
import type { ListSpec } from '../../../http/list-query.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { runQuery } from '../sync/sync-runs-repository.js';

const syncRunsList: ListSpec = {
  resource: 'amazon-sync-runs',
  idColumn: 'id',
  idType: 'int',
  sortable: {
    id: 'id',
    started_at: 'started_at',
    finished_at: 'finished_at',
    store_id: 'store_id',
    status: 'status',
  },
  defaultSort: ['started_at', 'DESC'],
  filters: {
    store_id: { type: 'int', column: 'store_id' },
    status: { type: 'enum', column: 'status', values: SYNC_RUN_STATUSES },
    started_at: { type: 'date', column: 'started_at', range: true },
  },
};

/** Amazon > Sync log: one row per sync run. */
export function syncRunRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: syncRunsList,
    access: ALL_ROLES,
    noun: 'sync run',
    query: () => runQuery(knex),
  });
}
