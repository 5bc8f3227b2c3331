import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { OrderSection } from './OrderSection';
import type { OrderAddress, OrderDetail } from './orderTypes';

/** An address as a postal label: name, street lines, city, region and postcode, country, phone. */
const PostalAddress = ({ address }: { address: OrderAddress | null }) => {
  const translate = useTranslate();
  if (!address) {
    return <Typography variant="body2">{translate('orderdesk.order_view.no_address')}</Typography>;
  }
  const lines = [
    address.name,
    ...(address.street ?? '').split('\n'),
    [address.city, address.region, address.postcode].filter(Boolean).join(', '),
    address.country_id,
    address.telephone ? `T: ${address.telephone}` : null,
  ].filter((line): line is string => !!line && line.trim() !== '');
  return (
    <Typography variant="body2" component="address" sx={{ fontStyle: 'normal' }}>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          <br />
        </span>
      ))}
    </Typography>
  );
};

/** Magento's Address Information: the billing and the shipping address. */
export const AddressSection = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  return (
    <OrderSection title="orderdesk.order_view.address_information">
      <Grid container spacing={4}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3">
            {translate('orderdesk.order_view.billing_address')}
          </Typography>
          <PostalAddress address={order.billing_address} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3">
            {translate('orderdesk.order_view.shipping_address')}
          </Typography>
          <PostalAddress address={order.shipping_address} />
        </Grid>
      </Grid>
    </OrderSection>
  );
};
