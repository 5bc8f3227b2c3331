import type { Knex } from 'knex';
import { ALL_ROLES, MANAGERS } from '../../../http/access.js';
import { parseId } from '../../../http/ids.js';
import type { ListSpec } from '../../../http/list-query.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { storeQuery } from './repository.js';
import { storeSettingsBody, type StoreSettings } from './schemas.js';
import { updateStoreSettings } from './service.js';

const storesList: ListSpec = {
  resource: 'amazon-stores',
  idColumn: 'id',
  idType: 'int',
  sortable: {
    id: 'id',
    name: 'name',
    marketplace_id: 'marketplace_id',
    region: 'region',
    last_sync_at: 'last_sync_at',
  },
  defaultSort: ['name', 'ASC'],
  filters: {
    region: { type: 'enum', column: 'region', values: ['na', 'eu', 'fe'] },
    marketplace_id: { type: 'text', column: 'marketplace_id' },
    import_orders: { type: 'bool', column: 'import_orders' },
    is_active: { type: 'bool', column: 'is_active' },
  },
  search: (query, term) => void query.whereILike('name', `%${term}%`),
};

export function storeRoutes(knex: Knex): RouteDefinition[] {
  return [
    ...readRoutes({
      list: storesList,
      access: ALL_ROLES,
      noun: 'Amazon store',
      query: () => storeQuery(knex),
    }),
    {
      method: 'put',
      path: '/api/amazon-stores/:id',
      access: MANAGERS,
      summary: "Change a store's order settings",
      body: storeSettingsBody,
      handler: async (req, res) => {
        const id = parseId(req.params.id, 'Amazon store');
        res.json(await updateStoreSettings(knex, id, req.body as StoreSettings, req.user!));
      },
    },
  ];
}
