import { Box, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { Labeled, Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { mayRequestCancel } from '../amazon-orders/cancellation';
import { EnumField } from '../common/EnumField';
import type { Order } from '../types';

/** Whether the Amazon order behind this Commerce order may still be canceled (the API's rule). */
const amazonOrderCancellable = (order: Order): boolean =>
  order.status !== 'canceled' &&
  mayRequestCancel({
    status: order.amazon_status,
    itemsShipped: order.amazon_items_shipped,
    cancellationState: order.amazon_cancellation_state,
    canceled: false,
  });

/**
 * Magento's Payment & Shipping Method block for an Amazon order (Adobe's Amazon Sales Channel): the Amazon
 * order number, View Amazon Order, Cancel Amazon Order while it may be canceled (it leads to the Amazon
 * order's page, where Cancel Order asks for Amazon's reason), and View all Amazon Orders.
 */
export const PaymentShippingSection = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const headingId = useId();
  const { canAccess: mayCancel } = useCanAccess({ resource: 'amazon-orders', action: 'cancel' });
  if (!order?.amazon_order_id) return null;
  const amazonOrderPath = createPath({ resource: 'amazon-orders', type: 'show', id: order.amazon_order_id });
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ px: 2, pb: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        {translate('orderdesk.order_view.payment_shipping')}
      </Typography>
      <Stack direction="row" spacing={4} sx={{ mb: 1 }}>
        <Labeled label="orderdesk.order_view.amazon_order_number">
          <Typography variant="body2">{order.amazon_order_id}</Typography>
        </Labeled>
        <Labeled label="orderdesk.order_view.amazon_status">
          <EnumField source="amazon_status" prefix="orderdesk.amazon_status" />
        </Labeled>
      </Stack>
      <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap">
        <Link to={amazonOrderPath}>{translate('orderdesk.order_view.view_amazon_order')}</Link>
        {mayCancel && amazonOrderCancellable(order) ? (
          <Link to={amazonOrderPath}>{translate('orderdesk.order_view.cancel_amazon_order')}</Link>
        ) : null}
        <Link to={createPath({ resource: 'amazon-orders', type: 'list' })}>
          {translate('orderdesk.order_view.view_all_amazon_orders')}
        </Link>
      </Stack>
    </Box>
  );
};
