import { DataTable, List } from 'react-admin';
import { EnumField } from '../common/EnumField';

/** System > Users (admin only): who may log in, and with which role. */
export const UserList = () => (
  <List sort={{ field: 'username', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="full_name" />
      <DataTable.Col source="role">
        <EnumField source="role" prefix="orderdesk.roles" />
      </DataTable.Col>
    </DataTable>
  </List>
);
