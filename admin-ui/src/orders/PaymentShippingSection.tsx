import { Box, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { Labeled, Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import type { Order } from '../types';
import { mayCancelOnAmazon } from './orderRules';
import { isOrderDetail } from './orderTypes';

/** The payment and shipping methods as Magento names them; a code the labels do not know shows as is. */
const MethodFacts = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  if (!isOrderDetail(order)) return null;
  const shipping = order.shipping_description ?? order.shipping_method;
  return (
    <Stack direction="row" spacing={4} sx={{ mb: 1 }}>
      <Labeled label="orderdesk.order_view.payment_method">
        <Typography variant="body2">
          {order.payment_method
            ? translate(`orderdesk.order_view.payment_methods.${order.payment_method}`, {
                _: order.payment_method,
              })
            : '—'}
        </Typography>
      </Labeled>
      <Labeled label="orderdesk.order_view.shipping_method">
        <Typography variant="body2">{shipping ?? '—'}</Typography>
      </Labeled>
    </Stack>
  );
};

/**
 * Magento's Payment & Shipping Method block and, for an Amazon order (Adobe's Amazon Sales Channel), the
 * Amazon order number, View Amazon Order, Cancel Amazon Order while it may be canceled (it leads to the
 * Amazon order's page, where Cancel Order asks for Amazon's reason), and View all Amazon Orders.
 */
export const PaymentShippingSection = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const headingId = useId();
  const { canAccess: mayCancel } = useCanAccess({ resource: 'amazon-orders', action: 'cancel' });
  if (!order) return null;
  const amazonOrderPath = order.amazon_order_id
    ? createPath({ resource: 'amazon-orders', type: 'show', id: order.amazon_order_id })
    : null;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        {translate('orderdesk.order_view.payment_shipping')}
      </Typography>
      <MethodFacts />
      {amazonOrderPath ? (
        <>
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
            {mayCancel && isOrderDetail(order) && mayCancelOnAmazon(order) ? (
              <Link to={amazonOrderPath}>{translate('orderdesk.order_view.cancel_amazon_order')}</Link>
            ) : null}
            <Link to={createPath({ resource: 'amazon-orders', type: 'list' })}>
              {translate('orderdesk.order_view.view_all_amazon_orders')}
            </Link>
          </Stack>
        </>
      ) : null}
    </Box>
  );
};
