import { Grid, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { Fact, OrderSection } from './OrderSection';
import type { OrderDetail } from './orderTypes';

/** Magento's Order & Account Information: the order (date, status, where it was bought) and the buyer. */
export const OrderAccountSection = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <OrderSection title="orderdesk.order_view.order_account">
      <Grid container spacing={4}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3">
            {translate('orderdesk.order_view.order_number', { number: order.increment_id })}
          </Typography>
          <Fact label="orderdesk.order_view.order_date">
            <DateTimeField source="created_at" />
          </Fact>
          <Fact label="orderdesk.order_view.order_status">
            <EnumField source="status" prefix="orderdesk.order_status" />
          </Fact>
          <Fact label="orderdesk.order_view.purchased_from">
            {translate(`orderdesk.channel.${order.channel}`, { _: order.channel })}
            {order.amazon_store_id !== null ? (
              <>
                {' / '}
                <Link to={createPath({ resource: 'amazon-stores', type: 'show', id: order.amazon_store_id })}>
                  {order.amazon_store_name ?? order.amazon_store_id}
                </Link>
              </>
            ) : null}
          </Fact>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" component="h3">
            {translate('orderdesk.order_view.account_information')}
          </Typography>
          <Fact label="orderdesk.order_view.customer_name">{order.customer_name ?? '—'}</Fact>
          <Fact label="orderdesk.order_view.customer_email">{order.customer_email ?? '—'}</Fact>
          <Fact label="orderdesk.order_view.customer_group">
            {translate(
              order.customer_is_guest
                ? 'orderdesk.order_view.guest'
                : 'orderdesk.order_view.customer_account',
            )}
          </Fact>
        </Grid>
      </Grid>
    </OrderSection>
  );
};
