import type { Knex } from 'knex';
import { COMMERCE_ORDER_STATUSES } from '@orderdesk/migrations';
import { ALL_ROLES } from '../http/access.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';

const ordersList: ListSpec = {
  resource: 'orders',
  idColumn: 'so.id',
  idType: 'int',
  sortable: {
    id: 'so.id',
    increment_id: 'so.increment_id',
    created_at: 'so.created_at',
    grand_total: 'so.grand_total',
    status: 'so.status',
    customer_name: 'so.customer_name',
  },
  defaultSort: ['created_at', 'DESC'],
  filters: {
    status: { type: 'enum', column: 'so.status', values: COMMERCE_ORDER_STATUSES },
    channel: { type: 'enum', column: 'so.channel', values: ['amazon', 'web'] },
    created_at: { type: 'date', column: 'so.created_at', range: true },
    grand_total: { type: 'decimal', column: 'so.grand_total', range: true },
    increment_id: { type: 'text', column: 'so.increment_id' },
    amazon_order_id: { type: 'text', column: 'ao.amazon_order_id' },
    customer_email: { type: 'text', column: 'lower(so.customer_email)' },
  },
  search: (query, term) =>
    void query.where((q) =>
      q
        .where('so.increment_id', term)
        .orWhere('ao.amazon_order_id', term)
        .orWhereRaw('lower(so.customer_email) = lower(?)', [term])
        .orWhereILike('so.customer_name', `%${term}%`),
    ),
};

/** Sales > Orders: the Commerce orders, with the Amazon order number and state behind each Amazon one. */
export function salesOrderRoutes(knex: Knex): RouteDefinition[] {
  return readRoutes({
    list: ordersList,
    access: ALL_ROLES,
    noun: 'order',
    query: () => orderRecordQuery(knex),
  });
}

/** The order record as `GET /api/orders/:id` answers it (the actions answer the same). */
export function orderRecordQuery(db: Knex | Knex.Transaction): Knex.QueryBuilder {
  return db('sales_orders as so').leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id').select(
    'so.id',
    'so.increment_id',
    'so.status',
    'so.channel',
    'ao.amazon_order_id',
    // The Amazon order's own state, so that the order view knows whether it may still be canceled.
    'ao.status as amazon_status',
    'ao.number_of_items_shipped as amazon_items_shipped',
    'ao.cancellation_state as amazon_cancellation_state',
    'so.customer_name',
    'so.customer_email',
    'so.grand_total',
    'so.currency',
    'so.created_at',
    'so.updated_at',
  );
}

/** One order record, or undefined. */
export function orderRecord(
  db: Knex | Knex.Transaction,
  id: number,
): Promise<Record<string, unknown> | undefined> {
  return orderRecordQuery(db).where('so.id', id).first();
}
