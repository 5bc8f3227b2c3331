import { DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListPagination } from '../common/ListPagination';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RecordLinkField } from '../common/RecordLinkField';
import { ReferenceLinkField } from '../common/ReferenceLinkField';
import { SavedQueriesButton } from '../common/SavedQueriesButton';
import { orderFilters } from './orderFilters';

// react-admin's toolbar for this list (more filters; no create, no export), with the user's saved queries.
const OrderListActions = () => (
  <TopToolbar>
    <FilterButton />
    <SavedQueriesButton />
  </TopToolbar>
);

/** Sales > Orders: Commerce orders (Magento's sales order grid), newest first, filtered and sorted by the API. */
export const OrderList = () => (
  <List
    sort={{ field: 'created_at', order: 'DESC' }}
    perPage={25}
    exporter={false}
    filters={orderFilters}
    actions={<OrderListActions />}
    pagination={<ListPagination />}
  >
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
      <DataTable.Col source="channel">
        <EnumField source="channel" prefix="orderdesk.channel" />
      </DataTable.Col>
      <DataTable.Col source="customer_name" />
      <DataTable.Col source="grand_total" align="right">
        <MoneyField source="grand_total" />
      </DataTable.Col>
      <DataTable.Col source="amazon_order_id" disableSort>
        <ReferenceLinkField source="amazon_order_id" reference="amazon-orders" />
      </DataTable.Col>
    </DataTable>
  </List>
);
