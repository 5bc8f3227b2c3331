import type { AmazonStore, LwaCredentials, StoreSettings } from '../types';
import { regionOfMarketplace } from './marketplaces';

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

/** Only the order settings, never the read-only fields the form was loaded with. */
export const toStoreSettings = (store: AmazonStore): StoreSettings => ({
  import_orders: store.import_orders,
  customer_creation: store.customer_creation,
  order_number_source: store.order_number_source,
  reserve_pending: store.reserve_pending,
  order_status: store.order_status?.trim() ? store.order_status.trim() : null,
  sync_interval_minutes: store.sync_interval_minutes,
});

/** The store forms' values: the record's fields, and the write-only credentials as typed (maybe empty). */
export type StoreFormValues = AmazonStore & { credentials?: Partial<LwaCredentials> };

const trimmed = (value: string | null | undefined) => value?.trim() ?? '';

/** The credentials typed in, or undefined when all three fields were left empty (keep the stored ones). */
export const typedCredentials = (credentials?: Partial<LwaCredentials>): LwaCredentials | undefined => {
  const typed = {
    client_id: trimmed(credentials?.client_id),
    client_secret: trimmed(credentials?.client_secret),
    refresh_token: trimmed(credentials?.refresh_token),
  };
  return Object.values(typed).every((value) => value === '') ? undefined : typed;
};

/** An empty endpoint means Amazon's own for the region. */
const endpointOf = (value: string | null | undefined) => trimmed(value) || null;

/**
 * The PUT body: the order settings, the name and endpoint when they changed, and credentials only when
 * typed in (all three; the API refuses fewer, and the form says so first).
 */
export const toStoreChanges = (values: StoreFormValues, options?: { previousData?: AmazonStore }) => {
  const previous = options?.previousData;
  const name = values.name.trim();
  const endpoint = endpointOf(values.endpoint);
  const credentials = typedCredentials(values.credentials);
  return {
    ...toStoreSettings(values),
    ...(name !== previous?.name ? { name } : {}),
    ...(endpoint !== (previous?.endpoint ?? null) ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  };
};

/** The POST body of a new store. */
export const toNewStore = (values: StoreFormValues) => ({
  ...toStoreSettings(values),
  name: values.name.trim(),
  seller_id: trimmed(values.seller_id),
  region: regionOfMarketplace(values.marketplace_id),
  marketplace_id: values.marketplace_id,
  endpoint: endpointOf(values.endpoint),
  credentials: typedCredentials(values.credentials),
});

/** What a new store starts with: Amazon's US marketplace, and the order settings' defaults. */
export const NEW_STORE_DEFAULTS = {
  marketplace_id: 'ATVPDKIKX0DER',
  import_orders: true,
  customer_creation: 'guest',
  order_number_source: 'commerce',
  reserve_pending: true,
  order_status: null,
  sync_interval_minutes: 5,
};
