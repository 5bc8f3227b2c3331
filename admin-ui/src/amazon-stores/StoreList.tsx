import { DataTable, List, useCanAccess, useLocaleState } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RecordLinkField } from '../common/RecordLinkField';
import { SyncNowButton } from './SyncNowButton';

/** Amazon > Stores: one seller account on one marketplace each. */
export const StoreList = () => {
  const [locale] = useLocaleState();
  // The actions column exists only for the roles that have an action to show in it.
  const { canAccess: canSync } = useCanAccess({ resource: 'amazon-stores', action: 'sync' });
  return (
    <List sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name">
          <RecordLinkField source="name" />
        </DataTable.Col>
        <DataTable.Col source="marketplace_id" />
        <DataTable.Col source="region">
          <EnumField source="region" prefix="orderdesk.region" />
        </DataTable.Col>
        <DataTable.Col source="import_orders">
          <EnumField source="import_orders" prefix="orderdesk.stores.import_orders" />
        </DataTable.Col>
        <DataTable.NumberCol source="sync_interval_minutes" locales={locale} />
        <DataTable.Col source="last_sync_at">
          <DateTimeField source="last_sync_at" />
        </DataTable.Col>
        {canSync && (
          <DataTable.Col label="orderdesk.stores.actions">
            <SyncNowButton />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
};
