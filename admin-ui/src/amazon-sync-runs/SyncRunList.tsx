import { DataTable, List, ReferenceField, useLocaleState } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { syncRunFilters } from './syncRunFilters';

/** Amazon > Sync log: every sync run of every store (or of the store filtered on), newest first. */
export const SyncRunList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      sort={{ field: 'started_at', order: 'DESC' }}
      perPage={25}
      exporter={false}
      filters={syncRunFilters}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="store_id">
          {/* Every role may open a store's page; only some may edit it. */}
          <ReferenceField source="store_id" reference="amazon-stores" link="show" />
        </DataTable.Col>
        <DataTable.Col source="started_at">
          <DateTimeField source="started_at" />
        </DataTable.Col>
        <DataTable.Col source="finished_at">
          <DateTimeField source="finished_at" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" prefix="orderdesk.sync_status" />
        </DataTable.Col>
        <DataTable.NumberCol source="orders_seen" locales={locale} />
        <DataTable.NumberCol source="created" locales={locale} />
        <DataTable.NumberCol source="updated" locales={locale} />
        <DataTable.NumberCol source="canceled" locales={locale} />
        <DataTable.NumberCol source="errors" locales={locale} />
      </DataTable>
    </List>
  );
};
