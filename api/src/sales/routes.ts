import type { Knex } from 'knex';
import { COMMERCE_ORDER_STATUSES } from '@orderdesk/migrations';
import { ALL_ROLES } from '../http/access.js';
import { NotFoundError } from '../http/errors.js';
import { parseId } from '../http/ids.js';
import type { ListSpec } from '../http/list-query.js';
import { readRoutes } from '../http/read-routes.js';
import type { RouteDefinition } from '../http/routes.js';
import { orderDetail } from './order-detail.js';
import { searchCommerceOrders } from './order-search.js';

/** The Sales > Orders grid's sorts, filters and search (also read by bench:search). */
export const ordersList: ListSpec = {
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
    channel: 'so.channel',
  },
  defaultSort: ['created_at', 'DESC'],
  filters: {
    status: { type: 'enum', column: 'so.status', values: COMMERCE_ORDER_STATUSES },
    channel: { type: 'enum', column: 'so.channel', values: ['amazon', 'web'] },
    created_at: { type: 'date', column: 'so.created_at', range: true },
    grand_total: { type: 'decimal', column: 'so.grand_total', range: true },
    increment_id: { type: 'text', column: 'so.increment_id' },
    amazon_order_id: {
      type: 'lookup',
      column: 'so.amazon_order_id',
      lookup: 'select id from amazon_orders where amazon_order_id = any(?)',
    },
    customer_email: { type: 'text', column: 'lower(so.customer_email)' },
  },
  search: searchCommerceOrders,
};

/** Sales > Orders: the Commerce orders, with the Amazon order number and state behind each Amazon one. */
export function salesOrderRoutes(knex: Knex): RouteDefinition[] {
  const list = readRoutes({
    list: ordersList,
    access: ALL_ROLES,
    noun: 'order',
    query: () => orderRecordQuery(knex),
    from: () => knex('sales_orders as so'),
  }).filter((route) => route.path === '/api/orders');
  return [
    ...list,
    {
      method: 'get',
      path: '/api/orders/:id',
      access: ALL_ROLES,
      summary:
        'One order as Magento shows it: the list record with totals, addresses, items, history, invoices, shipments and credit memos',
      handler: async (req, res) => {
        const record = await orderRecord(knex, parseId(req.params.id, 'order'));
        if (!record) throw new NotFoundError(`No order ${req.params.id}.`);
        res.json(record);
      },
    },
  ];
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

/** One order as `GET /api/orders/:id` answers it (order-detail.ts), or undefined. */
export function orderRecord(
  db: Knex | Knex.Transaction,
  id: number,
): Promise<Record<string, unknown> | undefined> {
  return orderDetail(db, id, orderRecordQuery(db));
}
