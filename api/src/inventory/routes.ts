import type { Knex } from 'knex';
import { ALL_ROLES } from '../http/access.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';

const stockList: ListSpec = {
  resource: 'stock',
  idColumn: 'sku',
  idType: 'text',
  sortable: { id: 'sku', name: 'name', on_hand: 'on_hand', reserved: 'reserved', salable: 'salable' },
  defaultSort: ['id', 'ASC'],
  filters: {
    name: { type: 'contains', column: 'name' },
    is_enabled: { type: 'bool', column: 'is_enabled' },
    on_hand: { type: 'int', column: 'on_hand', range: true },
    salable: { type: 'int', column: 'salable', range: true },
  },
  search: (query, term) =>
    void query.where((q) => q.whereILike('sku', `%${term}%`).orWhereILike('name', `%${term}%`)),
};

/** Catalog > Stock: on hand, reserved (the ledger's open reservations) and salable per SKU. */
export function stockRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: stockList,
    access: ALL_ROLES,
    noun: 'SKU',
    query: () =>
      knex('inventory_stock_salable').select(
        'sku as id',
        'name',
        'on_hand',
        'reserved',
        'salable',
        'is_enabled',
      ),
  });
}
