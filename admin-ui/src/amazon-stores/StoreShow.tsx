import {
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import { SyncLogButton } from '../amazon-sync-runs/SyncLogButton';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { OrderStatusSettingField } from './OrderStatusSettingField';
import { SyncNowButton } from './SyncNowButton';

// Sync now and Edit render only for the roles allowed them (admins and managers); the Sync log for every role.
const StoreShowActions = () => (
  <TopToolbar>
    <SyncLogButton />
    <SyncNowButton />
    <EditButton />
  </TopToolbar>
);

/** A store's settings, read-only, and a link to its Sync log; admins and managers also get Sync now and Edit. */
export const StoreShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show actions={<StoreShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="seller_id" label="orderdesk.store_connection.seller_id" />
        <TextField source="marketplace_id" />
        <EnumField source="region" prefix="orderdesk.region" />
        <TextField source="endpoint" emptyText="—" />
        <EnumField
          source="has_credentials"
          prefix="orderdesk.store_connection.has_credentials"
          label="orderdesk.store_connection.credentials"
        />
        <EnumField source="import_orders" prefix="orderdesk.stores.import_orders" />
        <EnumField source="customer_creation" prefix="orderdesk.stores.customer_creation" />
        <EnumField source="order_number_source" prefix="orderdesk.stores.order_number_source" />
        <EnumField source="reserve_pending" prefix="orderdesk.stores.reserve_pending" />
        <OrderStatusSettingField source="order_status" />
        <NumberField source="sync_interval_minutes" locales={locale} />
        <DateTimeField source="last_sync_at" />
      </SimpleShowLayout>
    </Show>
  );
};
