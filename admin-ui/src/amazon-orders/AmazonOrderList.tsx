import { Box } from '@mui/material';
import { DataTable, List, NumberField, ReferenceField } from 'react-admin';
import { canAccessNow } from '../authProvider';
import { BooleanIconField } from '../common/BooleanIconField';
import { DateTimeField } from '../common/DateTimeField';
import { ListPagination } from '../common/ListPagination';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RecordLinkField } from '../common/RecordLinkField';
import { ReferenceLinkField } from '../common/ReferenceLinkField';
import type { AmazonOrder } from '../types';
import { AmazonOrderListActions } from './AmazonOrderListActions';
import { AmazonOrderSidebar } from './AmazonOrderSidebar';
import { AmazonOrderStatusTabs } from './AmazonOrderStatusTabs';
import { amazonOrderFilters } from './amazonOrderFilters';
import { buyerRequestOpen } from './cancellation';
import { buyerRequestRowSx } from './cancellationTone';
import { CancellationChips } from './CancellationChips';
import { OrderNoteField } from './OrderNoteField';

// The buyer's open cancel requests stand out: staff should accept or answer them.
const rowSx = (record: AmazonOrder) => (buyerRequestOpen(record) ? buyerRequestRowSx : {});

// Numbers, dates and codes keep to one line; the table scrolls sideways instead of growing tall rows.
const ONE_LINE = [
  'id',
  'commerce_increment_id',
  'order_total',
  'purchase_date',
  'latest_ship_date',
  'last_update_date',
]
  .map((source) => `& .column-${source}`)
  .join(', ');
const gridSx = { [ONE_LINE]: { whiteSpace: 'nowrap' } };

// Store names change rarely (and a rename made here updates react-query's cache): a page or tab change
// shows them from the cache instead of asking the API for the same stores again.
const STORES_STALE_AFTER = { staleTime: 5 * 60_000 };

// Shown when asked for in Columns: the grid keeps product.md's columns by default.
const HIDDEN_BY_DEFAULT = ['buyer_email', 'import_state', 'last_update_date'];

/**
 * Amazon > Orders: the orders imported from every store, newest purchase first. Filters, sort (over all
 * pages), status counts and the CSV export are all the API's; the column choice is kept per browser.
 */
export const AmazonOrderList = () => (
  <List
    // The loaded session already says whether the user may list (every role may): react-admin's own check
    // would ask the auth provider twice more, one render pass each, before the list's request could start.
    // Without a loaded session, react-admin checks as usual.
    disableAuthentication={canAccessNow('amazon-orders', 'list') === true}
    sort={{ field: 'purchase_date', order: 'DESC' }}
    perPage={25}
    exporter={false}
    filters={amazonOrderFilters}
    actions={<AmazonOrderListActions />}
    aside={<AmazonOrderSidebar />}
    pagination={<ListPagination />}
  >
    <AmazonOrderStatusTabs />
    {/* The grid's columns outgrow a laptop screen: the table scrolls, the toolbar and tabs stay. Width 0
        keeps the table's width out of the page's (the layout grows to fit its content), min-width fills it. */}
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <DataTable bulkActionButtons={false} rowSx={rowSx} sx={gridSx} hiddenColumns={HIDDEN_BY_DEFAULT}>
        <DataTable.Col source="store_id">
          <ReferenceField
            source="store_id"
            reference="amazon-stores"
            link={false}
            queryOptions={STORES_STALE_AFTER}
          />
        </DataTable.Col>
        <DataTable.Col source="id">
          <RecordLinkField source="id" />
        </DataTable.Col>
        <DataTable.Col source="commerce_increment_id" disableSort>
          <ReferenceLinkField
            source="commerce_increment_id"
            idSource="commerce_order_id"
            reference="orders"
          />
        </DataTable.Col>
        <DataTable.Col source="buyer_name" />
        <DataTable.Col source="buyer_email" disableSort />
        <DataTable.Col source="status">
          <EnumField source="status" prefix="orderdesk.amazon_status" />
        </DataTable.Col>
        <DataTable.Col source="order_total" align="right">
          <MoneyField source="order_total" />
        </DataTable.Col>
        <DataTable.Col source="fulfillment_channel">
          <EnumField source="fulfillment_channel" prefix="orderdesk.fulfillment_channel" />
        </DataTable.Col>
        <DataTable.Col source="items_unshipped" align="right">
          <NumberField source="items_unshipped" />
        </DataTable.Col>
        <DataTable.Col source="reserved">
          <BooleanIconField source="reserved" />
        </DataTable.Col>
        <DataTable.Col source="purchase_date">
          <DateTimeField source="purchase_date" />
        </DataTable.Col>
        <DataTable.Col source="latest_ship_date">
          <DateTimeField source="latest_ship_date" />
        </DataTable.Col>
        <DataTable.Col source="last_update_date">
          <DateTimeField source="last_update_date" />
        </DataTable.Col>
        <DataTable.Col source="import_state" disableSort>
          <EnumField source="import_state" prefix="orderdesk.import_state" />
        </DataTable.Col>
        <DataTable.Col source="cancellation_state" disableSort>
          <CancellationChips />
        </DataTable.Col>
        <DataTable.Col source="last_action" disableSort>
          <OrderNoteField />
        </DataTable.Col>
      </DataTable>
    </Box>
  </List>
);
