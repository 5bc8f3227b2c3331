import { Alert, AlertTitle, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OrderDetail } from './orderTypes';
import { RetryConfirmationButton } from './RetryConfirmationButton';

/**
 * Above the tabs, for every shipment whose tracking the outbox gave up sending to Amazon: what Amazon
 * answered, and Retry (roles that may ship). Until then Amazon does not know the order has shipped.
 */
export const ShipmentConfirmationNotice = ({ order }: { order: OrderDetail }) => {
  const translate = useTranslate();
  const failed = order.shipments.filter((shipment) => shipment.amazon?.confirmation === 'failed');
  if (failed.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ px: 2, pt: 2 }}>
      {failed.map((shipment) => (
        <Alert
          key={shipment.id}
          severity="error"
          role="status"
          action={<RetryConfirmationButton shipment={shipment} />}
        >
          <AlertTitle>
            {translate('orderdesk.order_view.confirmation_failed', {
              number: shipment.increment_id,
              id: order.amazon_order_id,
            })}
          </AlertTitle>
          {shipment.amazon?.error}
        </Alert>
      ))}
    </Stack>
  );
};
