import type { AmazonStore, StoreSettings } from '../types';

// Choice names are translation keys; react-admin's choice inputs translate them.
export const customerCreationChoices = [
  { id: 'guest', name: 'orderdesk.stores.customer_creation.guest' },
  { id: 'new_customer', name: 'orderdesk.stores.customer_creation.new_customer' },
];

export const orderNumberSourceChoices = [
  { id: 'commerce', name: 'orderdesk.stores.order_number_source.commerce' },
  { id: 'amazon', name: 'orderdesk.stores.order_number_source.amazon' },
];

/** The statuses a new Commerce order may start in (the API refuses others); none chosen: the default. */
export const newOrderStatusChoices = [
  { id: 'pending', name: 'orderdesk.order_status.pending' },
  { id: 'processing', name: 'orderdesk.order_status.processing' },
];

export const SYNC_INTERVAL_MIN = 1;
export const SYNC_INTERVAL_MAX = 1440;

/** The PUT body: only the order settings, never the read-only fields the form was loaded with. */
export const toStoreSettings = (store: AmazonStore): StoreSettings => ({
  import_orders: store.import_orders,
  customer_creation: store.customer_creation,
  order_number_source: store.order_number_source,
  reserve_pending: store.reserve_pending,
  order_status: store.order_status?.trim() ? store.order_status.trim() : null,
  sync_interval_minutes: store.sync_interval_minutes,
});
