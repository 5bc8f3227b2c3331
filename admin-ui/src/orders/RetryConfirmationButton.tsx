import RetryIcon from '@mui/icons-material/Replay';
import { CircularProgress } from '@mui/material';
import { Button, useCanAccess } from 'react-admin';
import type { ShipmentDocument } from './orderTypes';
import { useOrderAction } from './useOrderAction';

/** Retry: sends the tracking to Amazon again once its confirmation gave up (roles that may ship). */
export const RetryConfirmationButton = ({ shipment }: { shipment: ShipmentDocument }) => {
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'ship' });
  const { mutate, isPending } = useOrderAction(
    shipment.order_id,
    `shipments/${shipment.id}/confirmation/retry`,
    'orderdesk.order_view.confirmation_retried',
  );
  if (!canAccess) return null;
  return (
    <Button
      label="orderdesk.order_view.retry_confirmation"
      onClick={() => mutate({})}
      disabled={isPending}
      aria-busy={isPending}
    >
      {isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <RetryIcon />}
    </Button>
  );
};
