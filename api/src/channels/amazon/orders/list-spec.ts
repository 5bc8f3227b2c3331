import { AMAZON_ORDER_STATUSES, CANCELLATION_STATES, IMPORT_STATES } from '@orderdesk/migrations';
import type { ListSpec } from '../../../http/list-query.js';
import { searchAmazonOrders } from './order-search.js';

/** The Amazon orders grid's sorts and filters; every column here has an index in the migrations. */
export const amazonOrdersList: ListSpec = {
  resource: 'amazon-orders',
  idColumn: 'o.amazon_order_id',
  idType: 'text',
  rowKey: 'o.id',
  sortable: {
    id: 'o.amazon_order_id',
    purchase_date: 'o.purchase_date',
    last_update_date: 'o.last_update_date',
    order_total: 'o.order_total',
    status: 'o.status',
    buyer_name: 'o.buyer_name',
    latest_ship_date: 'o.latest_ship_date',
    store_id: 'o.store_id',
    fulfillment_channel: 'o.fulfillment_channel',
    items_unshipped: 'o.number_of_items_unshipped',
    reserved: 'o.inventory_reserved',
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
    amazon_order_id: { type: 'prefix', column: 'o.amazon_order_id' },
  },
  search: searchAmazonOrders,
};
