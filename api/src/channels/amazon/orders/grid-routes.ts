import type { Knex } from 'knex';
import { ALL_ROLES } from '../../../http/access.js';
import { listOptions } from '../../../http/list-response.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { sendAmazonOrdersCsv } from './csv-export.js';
import { amazonOrderStatusCounts } from './status-counts.js';

/** The grid's own reads beside the list: its status tabs' counts and its CSV export. */
export function amazonOrderGridRoutes(knex: Knex): RouteDefinition[] {
  return [
    {
      method: 'get',
      path: '/api/amazon-orders/status-counts',
      access: ALL_ROLES,
      summary:
        'Amazon orders per status under a filter (its status ignored); past the exact-count limit, estimates',
      handler: async (req, res) => {
        res.json(await amazonOrderStatusCounts(knex, req.query.filter, listOptions(req).exactCountLimit));
      },
    },
    {
      method: 'get',
      path: '/api/amazon-orders/export.csv',
      access: ALL_ROLES,
      summary: 'The filtered Amazon orders as CSV, streamed',
      handler: (req, res) => sendAmazonOrdersCsv(knex, req, res),
    },
  ];
}
