import { DataTable, List, ReferenceField, SearchInput } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { RecordLinkField } from '../common/RecordLinkField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/**
 * System > Sent emails (admin, manager): what buyers were e-mailed (order comments with "notify"),
 * newest first. Without SMTP_URL (demo) they were only kept here, never delivered.
 */
export const OutboundEmailList = () => (
  <List sort={{ field: 'created_at', order: 'DESC' }} perPage={25} exporter={false} filters={filters}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="created_at">
        <DateTimeField source="created_at" />
      </DataTable.Col>
      <DataTable.Col source="to" />
      <DataTable.Col source="subject">
        <RecordLinkField source="subject" />
      </DataTable.Col>
      <DataTable.Col source="order_id" disableSort>
        <ReferenceField source="order_id" reference="orders" />
      </DataTable.Col>
    </DataTable>
  </List>
);
