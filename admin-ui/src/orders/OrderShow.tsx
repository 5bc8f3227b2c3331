import { Typography } from '@mui/material';
import { ReferenceField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { PaymentShippingSection } from './PaymentShippingSection';

const SectionHeading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2">
      {translate(title)}
    </Typography>
  );
};

/**
 * The Commerce order: Order & Account Information, and Payment & Shipping Method for Amazon orders.
 * Addresses, items, totals, comments and the Invoice / Ship / Cancel actions come with their own issues.
 */
export const OrderShow = () => (
  <Show>
    <SimpleShowLayout>
      <SectionHeading title="orderdesk.order_view.order_account" />
      <TextField source="increment_id" />
      <DateTimeField source="created_at" />
      <EnumField source="status" prefix="orderdesk.order_status" />
      <EnumField source="channel" prefix="orderdesk.channel" />
      <ReferenceField source="amazon_order_id" reference="amazon-orders" />
      <TextField source="customer_name" />
      <TextField source="customer_email" />
      <MoneyField source="grand_total" />
    </SimpleShowLayout>
    <PaymentShippingSection />
  </Show>
);
