import type { Knex } from 'knex';
import { ALL_ROLES } from '../http/access.js';
import type { RouteDefinition } from '../http/routes.js';
import { parsePreferenceKey, preferenceBody, type PreferenceBody } from './schemas.js';
import { preferencesOf, removePreference, savePreference } from './service.js';

/** The current user's own panel preferences (saved queries of the grids); every role, own values only. */
export function preferenceRoutes(knex: Knex): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/preferences',
      access: ALL_ROLES,
      summary: 'Your own preferences (e.g. saved queries of the grids), as { key: value }',
      handler: async (req, res) => {
        res.json(await preferencesOf(knex, req.user!));
      },
    },
    {
      method: 'put',
      path: '/api/preferences/:key',
      access: ALL_ROLES,
      summary: 'Store one of your own preferences: { value } (an array or object, at most 64 KB)',
      body: preferenceBody,
      handler: async (req, res) => {
        const key = parsePreferenceKey(req.params.key);
        res.json(await savePreference(knex, req.user!, key, (req.body as PreferenceBody).value));
      },
    },
    {
      method: 'delete',
      path: '/api/preferences/:key',
      access: ALL_ROLES,
      summary: 'Delete one of your own preferences (204 whether or not it existed)',
      handler: async (req, res) => {
        await removePreference(knex, req.user!, parsePreferenceKey(req.params.key));
        res.status(204).end();
      },
    },
  ];
}
