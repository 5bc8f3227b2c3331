import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RecordLinkField } from '../common/RecordLinkField';
import type { AmazonOrder } from '../types';
import { amazonOrderFilters } from './amazonOrderFilters';
import { buyerRequestOpen } from './cancellation';
import { buyerRequestRowSx } from './cancellationTone';
import { CancellationChips } from './CancellationChips';

// The buyer's open cancel requests stand out: staff should accept or answer them.
const rowSx = (record: AmazonOrder) => (buyerRequestOpen(record) ? buyerRequestRowSx : {});

/** Amazon > Orders: the orders imported from every store, newest purchase first, sorted by the API. */
export const AmazonOrderList = () => (
  <List
    sort={{ field: 'purchase_date', order: 'DESC' }}
    perPage={25}
    exporter={false}
    filters={amazonOrderFilters}
  >
    <DataTable bulkActionButtons={false} rowSx={rowSx}>
      <DataTable.Col source="id">
        <RecordLinkField source="id" />
      </DataTable.Col>
      <DataTable.Col source="purchase_date">
        <DateTimeField source="purchase_date" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumField source="status" prefix="orderdesk.amazon_status" />
      </DataTable.Col>
      <DataTable.Col source="buyer_name" />
      <DataTable.Col source="order_total" align="right">
        <MoneyField source="order_total" />
      </DataTable.Col>
      <DataTable.Col source="fulfillment_channel">
        <EnumField source="fulfillment_channel" prefix="orderdesk.fulfillment_channel" />
      </DataTable.Col>
      <DataTable.Col source="import_state">
        <EnumField source="import_state" prefix="orderdesk.import_state" />
      </DataTable.Col>
      <DataTable.Col source="cancellation_state" disableSort>
        <CancellationChips />
      </DataTable.Col>
      <DataTable.Col source="last_action" disableSort />
    </DataTable>
  </List>
);
