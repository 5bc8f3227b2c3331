import RetryIcon from '@mui/icons-material/Replay';
import { CircularProgress } from '@mui/material';
import { Button, useCanAccess, type Identifier } from 'react-admin';
import { useRetryAmazonCancel } from './useCancellationMutations';

/** Retry: sends again a cancellation that could not reach Amazon (roles that may cancel only). */
export const RetryCancelButton = ({ orderId }: { orderId: Identifier }) => {
  const { canAccess } = useCanAccess({ resource: 'amazon-orders', action: 'cancel' });
  const { mutate, isPending } = useRetryAmazonCancel(orderId);
  if (!canAccess) return null;
  return (
    <Button
      label="orderdesk.cancellation.retry"
      onClick={() => mutate()}
      disabled={isPending}
      aria-busy={isPending}
      color="inherit"
    >
      {isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : <RetryIcon />}
    </Button>
  );
};
