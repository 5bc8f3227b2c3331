import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListPagination } from '../common/ListPagination';
import { auditLogFilters } from './auditLogFilters';

/** System > Audit log (admin, manager): who changed what, newest first, filtered on the server. */
export const AuditLogList = () => (
  <List
    sort={{ field: 'at', order: 'DESC' }}
    perPage={25}
    exporter={false}
    filters={auditLogFilters}
    pagination={<ListPagination />}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="at">
        <DateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col source="user" />
      <DataTable.Col source="action" />
      <DataTable.Col source="resource" />
      <DataTable.Col source="record_id" disableSort />
    </DataTable>
  </List>
);
