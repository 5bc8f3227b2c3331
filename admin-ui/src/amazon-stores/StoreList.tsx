import { DataTable, List, useLocaleState } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RecordLinkField } from '../common/RecordLinkField';

/** Amazon > Stores: one seller account on one marketplace each. */
export const StoreList = () => {
  const [locale] = useLocaleState();
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
      </DataTable>
    </List>
  );
};
