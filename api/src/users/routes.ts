import type { Knex } from 'knex';
import { ROLES } from '@orderdesk/migrations';
import { ADMINS } from '../http/access.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';
import { userColumns } from './repository.js';
import { readSessionToken } from '../auth/cookies.js';
import { sessionIdOf } from '../auth/session-token.js';
import { parseId } from '../http/ids.js';
import { newUserBody, userChangesBody, type NewUser, type UserChanges } from './schemas.js';
import { createUser } from './service.js';
import { updateUser } from './update-user.js';

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
    {
      method: 'put',
      path: '/api/users/:id',
      access: ADMINS,
      summary: "Change a user's role, name, e-mail, active flag or password",
      body: userChangesBody,
      handler: async (req, res) => {
        const id = parseId(req.params.id, 'user');
        const token = readSessionToken(req);
        const sessionId = token ? sessionIdOf(token) : null;
        res.json(await updateUser(knex, id, req.body as UserChanges, req.user!, sessionId));
      },
    },
  ];
}
