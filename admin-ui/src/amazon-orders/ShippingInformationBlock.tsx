import { Box, Typography } from '@mui/material';
import { NumberField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import type { AmazonOrderDetails } from './amazonOrderDetails';
import { CorrectAddressButton } from './CorrectAddressButton';
import { DetailRows, DetailsSection } from './DetailsSection';
import { ShippingAddressText } from './ShippingAddressText';
import { YesNoField } from './YesNoField';

const label = (key: string) => `orderdesk.amazon_order_details.fields.${key}`;

/** Shipped by Amazon: the order is fulfilled by Amazon (AFN). */
const ShippedByAmazonField = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  const translate = useTranslate();
  if (!order?.fulfillment_channel) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(order.fulfillment_channel === 'AFN' ? 'ra.boolean.true' : 'ra.boolean.false')}
    </Typography>
  );
};

/** Adobe's shipping block: Amazon's service levels and fulfillment, the counts, and the address. */
export const ShippingInformationBlock = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <DetailsSection title="orderdesk.amazon_order_details.shipping_block">
      <DetailRows
        rows={[
          [label('shipment_service_level_category'), <TextField source="shipment_service_level_category" />],
          [label('ship_service_level'), <TextField source="ship_service_level" />],
          [label('shipped_by_amazon'), <ShippedByAmazonField />],
          [label('is_business'), <YesNoField source="is_business" />],
          [label('items_shipped'), <NumberField source="items_shipped" locales={locale} />],
          [label('items_unshipped'), <NumberField source="items_unshipped" locales={locale} />],
          [
            label('fulfillment_channel'),
            <EnumField source="fulfillment_channel" prefix="orderdesk.fulfillment_channel" />,
          ],
        ]}
      />
      <Box sx={{ mt: 2, px: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="subtitle1" component="h3">
            {translate('orderdesk.amazon_order_details.shipping_address')}
          </Typography>
          <CorrectAddressButton />
        </Box>
        <ShippingAddressText />
      </Box>
    </DetailsSection>
  );
};
