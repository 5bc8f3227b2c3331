import {
  EditButton,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { OrderStatusSettingField } from './OrderStatusSettingField';
import { SyncNowButton } from './SyncNowButton';

// Each button renders only for the roles allowed its action (sync, edit): admins and managers.
const StoreShowActions = () => (
  <TopToolbar>
    <SyncNowButton />
    <EditButton />
  </TopToolbar>
);

/** A store's connection and order settings, read-only; admins and managers also get Sync now and Edit. */
export const StoreShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show actions={<StoreShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="marketplace_id" />
        <EnumField source="region" prefix="orderdesk.region" />
        <TextField source="endpoint" />
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
