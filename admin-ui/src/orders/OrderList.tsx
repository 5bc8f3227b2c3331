import { DataTable, List, ReferenceField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RecordLinkField } from '../common/RecordLinkField';

/** Sales > Orders: Commerce orders (Magento's sales order grid), newest first. */
export const OrderList = () => (
  <List sort={{ field: 'created_at', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="increment_id">
        <RecordLinkField source="increment_id" />
      </DataTable.Col>
      <DataTable.Col source="created_at">
        <DateTimeField source="created_at" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumField source="status" prefix="orderdesk.order_status" />
      </DataTable.Col>
      <DataTable.Col source="customer_name" />
      <DataTable.Col source="grand_total" align="right">
        <MoneyField source="grand_total" />
      </DataTable.Col>
      <DataTable.Col source="amazon_order_id">
        <ReferenceField source="amazon_order_id" reference="amazon-orders" />
      </DataTable.Col>
    </DataTable>
  </List>
);
