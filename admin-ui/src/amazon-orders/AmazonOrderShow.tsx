import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useLocaleState } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import type { AmazonOrder } from '../types';
import { AmazonOrderActions } from './AmazonOrderActions';
import { pollWhileAwaitingAmazon } from './cancellation';
import { CancellationNotices } from './CancellationNotices';

/**
 * Amazon Order Details: the cancellation block and actions, then the order block. Shipping, items,
 * tracking and history come with their own issues. While a cancellation waits for Amazon's answer the
 * page re-reads the order, so that Confirmed or Refused appears without a reload.
 */
export const AmazonOrderShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show<AmazonOrder>
      actions={<AmazonOrderActions />}
      queryOptions={{ refetchInterval: pollWhileAwaitingAmazon }}
    >
      <CancellationNotices />
      <SimpleShowLayout>
        <TextField source="id" />
        <ReferenceField source="store_id" reference="amazon-stores" />
        <EnumField source="status" prefix="orderdesk.amazon_status" />
        <ReferenceField
          source="commerce_order_id"
          reference="orders"
          label="resources.amazon-orders.fields.commerce_increment_id"
        />
        <TextField source="last_action" />
        <TextField source="buyer_name" />
        <TextField source="buyer_email" />
        <MoneyField source="order_total" />
        <EnumField source="fulfillment_channel" prefix="orderdesk.fulfillment_channel" />
        <NumberField source="items_shipped" locales={locale} />
        <NumberField source="items_unshipped" locales={locale} />
        <DateTimeField source="purchase_date" />
        <DateTimeField source="latest_ship_date" />
        <DateTimeField source="last_update_date" />
        <EnumField source="import_state" prefix="orderdesk.import_state" />
        <TextField source="import_error" />
      </SimpleShowLayout>
    </Show>
  );
};
