import type { Knex } from 'knex';
import { MANAGERS } from '../../http/access.js';
import type { ListSpec } from '../../http/list-query.js';
import { readRoutes } from '../../http/read-routes.js';
import { escapeLike } from '../../http/search-term.js';
import type { RouteDefinition } from '../../http/routes.js';

const outboundEmailsList: ListSpec = {
  resource: 'outbound-emails',
  idColumn: 'e.id',
  idType: 'int',
  sortable: { id: 'e.id', created_at: 'e.created_at', to: 'e.to', subject: 'e.subject' },
  defaultSort: ['created_at', 'DESC'],
  filters: {
    order_id: { type: 'int', column: 'e.order_id' },
    to: { type: 'text', column: 'e.to' },
    created_at: { type: 'date', column: 'e.created_at', range: true },
  },
  search: (query, term) =>
    void query.where((q) =>
      q
        .whereRaw('lower(e.to) = lower(?)', [term])
        .orWhere('so.increment_id', term)
        .orWhereILike('e.subject', `%${escapeLike(term)}%`),
    ),
};

/**
 * System > Sent emails (admin, manager): the e-mails sent to buyers (order comments with notify), as kept
 * in outbound_emails; without SMTP_URL (demo) they were only kept there, never delivered.
 */
export function outboundEmailRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: outboundEmailsList,
    access: MANAGERS,
    noun: 'sent e-mail',
    query: () =>
      knex('outbound_emails as e')
        .leftJoin('sales_orders as so', 'so.id', 'e.order_id')
        .select(
          'e.id',
          'e.order_id',
          'so.increment_id as order_increment_id',
          'e.to',
          'e.subject',
          'e.body',
          'e.created_at',
        ),
  });
}
