import { DataTable, List, ReferenceField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';

/** Amazon > Errors: failed SP-API calls (communication errors), newest first. */
export const AmazonErrorList = () => (
  <List sort={{ field: 'created_at', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="created_at">
        <DateTimeField source="created_at" />
      </DataTable.Col>
      <DataTable.Col source="store_id">
        <ReferenceField source="store_id" reference="amazon-stores" />
      </DataTable.Col>
      <DataTable.Col source="operation" />
      <DataTable.Col source="status" />
      <DataTable.Col source="code" />
      <DataTable.Col source="message" disableSort />
    </DataTable>
  </List>
);
