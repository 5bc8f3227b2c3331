import type { ReactNode } from 'react';
import { Show, TabbedShowLayout, useCanAccess, useRecordContext, type RaRecord } from 'react-admin';
import { OrderActions } from './actions/OrderActions';
import { AddressSection } from './AddressSection';
import { CommentsHistoryTab } from './CommentsHistoryTab';
import { CreditMemosTab } from './CreditMemosTab';
import { InvoicesTab } from './InvoicesTab';
import { ItemsOrderedSection } from './ItemsOrderedSection';
import { OrderAccountSection } from './OrderAccountSection';
import { OrderAuditTab } from './OrderAuditTab';
import { OrderEmailsTab } from './OrderEmailsTab';
import { OrderTotalsSection } from './OrderTotalsSection';
import { isOrderDetail, type OrderDetail } from './orderTypes';
import { PaymentShippingSection } from './PaymentShippingSection';
import { ShipmentConfirmationNotice } from './ShipmentConfirmationNotice';
import { ShipmentsTab } from './ShipmentsTab';

/**
 * A tab's content once the full order is loaded (a record taken from the list has no items yet). Wrapped
 * in a plain element so that the tab does not add a field label of its own.
 */
const WithDetail = ({ render }: { render: (order: OrderDetail) => ReactNode }) => {
  const record = useRecordContext();
  return <div>{isOrderDetail(record) ? render(record) : null}</div>;
};

const Tab = TabbedShowLayout.Tab;

/** How often the view re-reads an order whose tracking is on its way to Amazon, until Amazon has it. */
const CONFIRMATION_POLL_MS = 3_000;

const pollWhileConfirming = (query: { state: { data?: RaRecord } }): number | false => {
  const order = query.state.data;
  return isOrderDetail(order) &&
    order.shipments.some((shipment) => shipment.amazon?.confirmation === 'pending')
    ? CONFIRMATION_POLL_MS
    : false;
};

/**
 * Sales > Orders > the Commerce order, as Magento shows it: Information (Order & Account Information,
 * Address Information, Payment & Shipping Method, Items Ordered, Order Totals), then Invoices, Shipments,
 * Credit Memos and Comments History, and for admins and managers the e-mails sent and the audit rows. The
 * actions sit in the top bar.
 */
export const OrderShow = () => {
  const { canAccess: mayAudit } = useCanAccess({ resource: 'audit-log', action: 'list' });
  const { canAccess: mayReadEmails } = useCanAccess({ resource: 'outbound-emails', action: 'list' });
  return (
    <Show actions={<OrderActions />} queryOptions={{ refetchInterval: pollWhileConfirming }}>
      <WithDetail render={(order) => <ShipmentConfirmationNotice order={order} />} />
      <TabbedShowLayout>
        <Tab label="orderdesk.order_view.information">
          <WithDetail render={(order) => <OrderAccountSection order={order} />} />
          <WithDetail render={(order) => <AddressSection order={order} />} />
          <div>
            <PaymentShippingSection />
          </div>
          <WithDetail render={(order) => <ItemsOrderedSection order={order} />} />
          <WithDetail render={(order) => <OrderTotalsSection order={order} />} />
        </Tab>
        <Tab label="orderdesk.order_view.invoices" path="invoices" count={<Count of="invoices" />}>
          <WithDetail render={(order) => <InvoicesTab order={order} />} />
        </Tab>
        <Tab label="orderdesk.order_view.shipments" path="shipments" count={<Count of="shipments" />}>
          <WithDetail render={(order) => <ShipmentsTab order={order} />} />
        </Tab>
        <Tab
          label="orderdesk.order_view.credit_memos"
          path="credit-memos"
          count={<Count of="credit_memos" />}
        >
          <WithDetail render={(order) => <CreditMemosTab order={order} />} />
        </Tab>
        <Tab label="orderdesk.order_view.comments_history" path="history">
          <WithDetail render={(order) => <CommentsHistoryTab order={order} />} />
        </Tab>
        {mayReadEmails ? (
          <Tab label="orderdesk.order_view.emails" path="emails">
            <WithDetail render={(order) => <OrderEmailsTab order={order} />} />
          </Tab>
        ) : null}
        {mayAudit ? (
          <Tab label="orderdesk.order_view.audit" path="audit">
            <WithDetail render={(order) => <OrderAuditTab order={order} />} />
          </Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
};

/** How many documents of a kind the order has, for its tab's label. */
const Count = ({ of }: { of: 'invoices' | 'shipments' | 'credit_memos' }) => {
  const record = useRecordContext();
  return <>{isOrderDetail(record) ? record[of].length : 0}</>;
};
