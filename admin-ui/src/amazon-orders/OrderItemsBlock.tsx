import { Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { hasDetails, type AmazonOrderDetails, type AmazonOrderItem } from './amazonOrderDetails';
import { CommerceOrderLink } from './CommerceOrderLink';
import { DetailsSection } from './DetailsSection';

const label = (key: string) => `orderdesk.amazon_order_details.items.${key}`;

/** Amazon's condition and sub-condition ("New", "Used, like new"). */
const ConditionField = () => {
  const item = useRecordContext<AmazonOrderItem>();
  const translate = useTranslate();
  if (!item?.condition_id) return null;
  // Amazon repeats the condition as its sub-condition for new items ("New", "New"): say it once.
  const subtype = item.condition_subtype === item.condition_id ? null : item.condition_subtype;
  const text = [item.condition_id, subtype]
    .filter((part): part is string => Boolean(part))
    .map((part) => translate(`orderdesk.amazon_order_details.condition.${part}`, { _: part }))
    .join(', ');
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** Items Ordered: one row per Amazon item, with the Commerce order it became part of. */
export const OrderItemsBlock = () => {
  const [locale] = useLocaleState();
  const order = useRecordContext<AmazonOrderDetails>();
  if (!hasDetails(order)) return null;
  return (
    <DetailsSection title="orderdesk.amazon_order_details.items_block">
      <ArrayField source="items">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<NoItems />}>
          <DataTable.Col label={label('commerce_order')} disableSort>
            <CommerceOrderLink link={false} />
          </DataTable.Col>
          <DataTable.NumberCol
            source="quantity_ordered"
            label={label('qty_ordered')}
            locales={locale}
            disableSort
          />
          <DataTable.NumberCol
            source="quantity_shipped"
            label={label('qty_shipped')}
            locales={locale}
            disableSort
          />
          <DataTable.Col source="title" label={label('title')} disableSort>
            <TextField source="title" />
          </DataTable.Col>
          <DataTable.Col source="asin" label={label('asin')} disableSort />
          <DataTable.Col source="seller_sku" label={label('seller_sku')} disableSort />
          <DataTable.Col label={label('condition')} disableSort>
            <ConditionField />
          </DataTable.Col>
          <DataTable.Col source="row_price" label={label('row_price')} align="right" disableSort>
            <MoneyField source="row_price" />
          </DataTable.Col>
          <DataTable.Col source="row_tax" label={label('row_tax')} align="right" disableSort>
            <MoneyField source="row_tax" />
          </DataTable.Col>
          <DataTable.Col source="shipping_price" label={label('shipping_price')} align="right" disableSort>
            <MoneyField source="shipping_price" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </DetailsSection>
  );
};

const NoItems = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('orderdesk.amazon_order_details.no_items')}
    </Typography>
  );
};
