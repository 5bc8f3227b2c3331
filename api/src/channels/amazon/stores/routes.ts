import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import { recordAudit } from '../../../audit/repository.js';
import type { SecretBox } from '../../../crypto/secret-box.js';
import { NotFoundError } from '../../../http/errors.js';
import { requestSync } from '../sync/sync-requests.js';
import { ALL_ROLES, MANAGERS } from '../../../http/access.js';
import { parseId } from '../../../http/ids.js';
import type { ListSpec } from '../../../http/list-query.js';
import { readRoutes } from '../../../http/read-routes.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { storeQuery } from './repository.js';
import { newStoreBody, storeSettingsBody, type NewStore, type StoreSettings } from './schemas.js';
import { createStore, updateStoreSettings } from './service.js';

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

// Connecting a store is a store setting like the others (product.md, Roles: managers have "orders and store
// settings"), so it has the same guard as changing one: admins and managers.
export function storeRoutes(knex: Knex, boss: PgBoss, secretBox: SecretBox): RouteDefinition[] {
  return [
    ...readRoutes({
      list: storesList,
      access: ALL_ROLES,
      noun: 'Amazon store',
      query: () => storeQuery(knex),
    }),
    {
      method: 'post',
      path: '/api/amazon-stores',
      access: MANAGERS,
      summary:
        'Connect a store: one seller account on one marketplace, with its LWA credentials (write-only: ' +
        'sealed with SECRET_KEY, never answered; `has_credentials` says they are set) and order settings',
      body: newStoreBody,
      handler: async (req, res) => {
        res.status(201).json(await createStore(knex, secretBox, req.body as NewStore, req.user!));
      },
    },
    {
      method: 'put',
      path: '/api/amazon-stores/:id',
      access: MANAGERS,
      summary:
        "Change a store's name, endpoint or order settings, or replace its credentials (all three; " +
        'without `credentials` the stored ones stay)',
      body: storeSettingsBody,
      handler: async (req, res) => {
        const id = parseId(req.params.id, 'Amazon store');
        res.json(await updateStoreSettings(knex, secretBox, id, req.body as StoreSettings, req.user!));
      },
    },
    {
      method: 'post',
      path: '/api/amazon-stores/:id/sync',
      access: MANAGERS,
      summary: 'Sync now: queues a sync of the store (or answers the one already queued or running)',
      handler: async (req, res) => {
        const id = parseId(req.params.id, 'Amazon store');
        if (!(await knex('amazon_stores').where({ id }).first('id')))
          throw new NotFoundError(`No Amazon store ${id}.`);
        const run = await requestSync(knex, boss, id, 'manual');
        await recordAudit(knex, {
          user: req.user!,
          action: 'amazon-stores.sync',
          resource: 'amazon-stores',
          recordId: id,
          details: { runId: run.id },
        });
        res.status(202).json(run);
      },
    },
  ];
}
