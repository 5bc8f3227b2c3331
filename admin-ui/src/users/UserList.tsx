import { BooleanField, DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { RecordLinkField } from '../common/RecordLinkField';

/** System > Users (admin only): who may log in, and with which role; a user opens its Edit form. */
export const UserList = () => (
  <List sort={{ field: 'username', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="username">
        <RecordLinkField source="username" />
      </DataTable.Col>
      <DataTable.Col source="full_name" />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col source="role">
        <EnumField source="role" prefix="orderdesk.roles" />
      </DataTable.Col>
      <DataTable.Col source="is_active" disableSort>
        <BooleanField source="is_active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
