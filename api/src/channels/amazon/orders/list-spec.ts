import { AMAZON_ORDER_STATUSES, CANCELLATION_STATES, IMPORT_STATES } from '@orderdesk/migrations';
import type { ListSpec } from '../../../http/list-query.js';

/** The Amazon orders grid's sorts and filters; every column here has an index in the migrations. */
export const amazonOrdersList: ListSpec = {
  resource: 'amazon-orders',
  idColumn: 'o.amazon_order_id',
  idType: 'text',
  sortable: {
    id: 'o.amazon_order_id',
    purchase_date: 'o.purchase_date',
    last_update_date: 'o.last_update_date',
    order_total: 'o.order_total',
    status: 'o.status',
    buyer_name: 'o.buyer_name',
    latest_ship_date: 'o.latest_ship_date',
  },
  defaultSort: ['purchase_date', 'DESC'],
  filters: {
    store_id: { type: 'int', column: 'o.store_id' },
    status: { type: 'enum', column: 'o.status', values: AMAZON_ORDER_STATUSES },
    import_state: { type: 'enum', column: 'o.import_state', values: IMPORT_STATES },
    cancellation_state: { type: 'enum', column: 'o.cancellation_state', values: CANCELLATION_STATES },
    fulfillment_channel: { type: 'enum', column: 'o.fulfillment_channel', values: ['MFN', 'AFN'] },
    buyer_cancel_requested: { type: 'bool', column: 'o.buyer_cancel_requested' },
    purchase_date: { type: 'date', column: 'o.purchase_date', range: true },
    order_total: { type: 'decimal', column: 'o.order_total', range: true },
    buyer_name: { type: 'contains', column: 'o.buyer_name' },
    buyer_email: { type: 'text', column: 'lower(o.buyer_email)' },
  },
  search: (query, term) =>
    void query.where((q) =>
      q
        .where('o.amazon_order_id', term)
        .orWhereRaw('lower(o.buyer_email) = lower(?)', [term])
        .orWhereILike('o.buyer_name', `%${term}%`),
    ),
};
