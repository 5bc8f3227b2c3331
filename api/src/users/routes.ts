import type { Knex } from 'knex';
import { ROLES } from '@orderdesk/migrations';
import { ADMINS } from '../http/access.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';
import { userColumns } from './repository.js';
import { newUserBody, type NewUser } from './schemas.js';
import { createUser } from './service.js';

const usersList: ListSpec = {
  resource: 'users',
  idColumn: 'id',
  idType: 'int',
  sortable: {
    id: 'id',
    username: 'username',
    role: 'role',
    full_name: 'full_name',
    created_at: 'created_at',
  },
  defaultSort: ['username', 'ASC'],
  filters: {
    role: { type: 'enum', column: 'role', values: ROLES },
    is_active: { type: 'bool', column: 'is_active' },
    username: { type: 'contains', column: 'username' },
  },
  search: (query, term) =>
    void query.where((q) => q.whereILike('username', `%${term}%`).orWhereILike('full_name', `%${term}%`)),
};

export function userRoutes(knex: Knex): RouteDefinition[] {
  return [
    ...readRoutes({
      list: usersList,
      access: ADMINS,
      noun: 'user',
      query: () => knex('users').select(userColumns),
    }),
    {
      method: 'post',
      path: '/api/users',
      access: ADMINS,
      summary: 'Create a user',
      body: newUserBody,
      handler: async (req, res) => {
        res.status(201).json(await createUser(knex, req.body as NewUser, req.user ?? null));
      },
    },
  ];
}
