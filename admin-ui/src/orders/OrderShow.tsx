import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';

/**
 * The Commerce order, Order & Account Information for now. Addresses, Payment & Shipping Method, items,
 * totals, comments and the Invoice / Ship / Cancel actions come with their own issues.
 */
export const OrderShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="increment_id" />
      <DateTimeField source="created_at" />
      <EnumField source="status" prefix="orderdesk.order_status" />
      <EnumField source="channel" prefix="orderdesk.channel" />
      <ReferenceField source="amazon_order_id" reference="amazon-orders" />
      <TextField source="customer_name" />
      <TextField source="customer_email" />
      <MoneyField source="grand_total" />
    </SimpleShowLayout>
  </Show>
);
