import { ReferenceField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { CommerceOrderLink } from './CommerceOrderLink';
import { DetailRows, DetailsSection } from './DetailsSection';
import { OrderNoteField } from './OrderNoteField';
import { YesNoField } from './YesNoField';

const label = (key: string) => `orderdesk.amazon_order_details.fields.${key}`;

/** Adobe's order block: the Commerce order it became, status, notes, buyer, money, flags and dates. */
export const OrderInformationBlock = () => (
  <DetailsSection title="orderdesk.amazon_order_details.order_block">
    <DetailRows
      rows={[
        [label('order_number'), <CommerceOrderLink />],
        [label('amazon_order_number'), <TextField source="id" />],
        [label('store'), <ReferenceField source="store_id" reference="amazon-stores" link={false} />],
        [label('status'), <EnumField source="status" prefix="orderdesk.amazon_status" />],
        [label('notes'), <OrderNoteField />],
        [label('buyer_email'), <TextField source="buyer_email" />],
        [label('buyer_name'), <TextField source="buyer_name" />],
        [label('currency'), <TextField source="currency" />],
        [label('order_total'), <MoneyField source="order_total" />],
        [label('inventory_reserved'), <YesNoField source="reserved" />],
        [label('is_premium'), <YesNoField source="is_premium" />],
        [label('is_prime'), <YesNoField source="is_prime" />],
        [label('purchase_date'), <DateTimeField source="purchase_date" />],
        [label('latest_ship_date'), <DateTimeField source="latest_ship_date" />],
      ]}
    />
  </DetailsSection>
);
