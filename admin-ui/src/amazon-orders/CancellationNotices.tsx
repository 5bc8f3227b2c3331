import { Alert, AlertTitle, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { AmazonOrder } from '../types';
import { buyerRequestOpen } from './cancellation';
import { RetryCancelButton } from './RetryCancelButton';

// Polite live regions: the page re-reads the order while Amazon answers, and the change is announced.
const NOTICE = { role: 'status', variant: 'standard' } as const;

const useReasonText = () => {
  const translate = useTranslate();
  return (reason: string | null) =>
    reason
      ? translate(`orderdesk.cancel_reason.${reason}`, { _: reason })
      : translate('orderdesk.cancellation.no_reason');
};

/** The buyer asked Amazon to cancel: flagged with the buyer's reason until the order is canceled. */
const BuyerRequestNotice = ({ order }: { order: AmazonOrder }) => {
  const translate = useTranslate();
  if (!buyerRequestOpen(order)) return null;
  return (
    <Alert {...NOTICE} severity="warning">
      <AlertTitle>{translate('orderdesk.cancellation.buyer_request')}</AlertTitle>
      {order.buyer_cancel_reason
        ? translate('orderdesk.cancellation.buyer_reason', { reason: order.buyer_cancel_reason })
        : translate('orderdesk.cancellation.buyer_no_reason')}
    </Alert>
  );
};

/** What staff asked and what Amazon answered, or why the request has not reached Amazon (with Retry). */
const StaffCancellationNotice = ({ order }: { order: AmazonOrder }) => {
  const translate = useTranslate();
  const reasonText = useReasonText();
  const reason = reasonText(order.cancellation_reason);
  switch (order.cancellation_state) {
    case 'requested':
      return (
        <Alert
          {...NOTICE}
          severity={order.cancellation_retryable ? 'error' : 'info'}
          action={order.cancellation_retryable ? <RetryCancelButton orderId={order.id} /> : undefined}
        >
          <AlertTitle>{translate('orderdesk.cancellation.requested')}</AlertTitle>
          {/* A cancellation waiting for Retry is not waiting for Amazon. */}
          {translate(
            order.cancellation_retryable
              ? 'orderdesk.cancellation.reason_only'
              : 'orderdesk.cancellation.requested_detail',
            { reason },
          )}
          {order.cancellation_error ? <div>{order.cancellation_error}</div> : null}
        </Alert>
      );
    case 'confirmed':
      return (
        <Alert {...NOTICE} severity="success">
          <AlertTitle>{translate('orderdesk.cancellation.confirmed')}</AlertTitle>
          {translate('orderdesk.cancellation.confirmed_detail', { reason })}
        </Alert>
      );
    case 'refused':
      return (
        <Alert {...NOTICE} severity="error">
          <AlertTitle>{translate('orderdesk.cancellation.refused')}</AlertTitle>
          {order.cancellation_error ?? translate('orderdesk.cancellation.refused_no_message')}
        </Alert>
      );
    default:
      return null;
  }
};

/** Who canceled the order on Amazon's side (or that it was canceled at staff request), and when. */
const CanceledOnAmazonNotice = ({ order }: { order: AmazonOrder }) => {
  const translate = useTranslate();
  if (!order.canceled_by) return null;
  return (
    <Alert {...NOTICE} severity="info">
      <AlertTitle>{translate(`orderdesk.cancellation.canceled_by.${order.canceled_by}`)}</AlertTitle>
      <DateTimeField source="canceled_at" />
    </Alert>
  );
};

/** The cancellation block at the top of Amazon Order Details; nothing when there is nothing to say. */
export const CancellationNotices = () => {
  const order = useRecordContext<AmazonOrder>();
  if (!order) return null;
  return (
    <Stack spacing={1} sx={{ px: 2, pt: 2, '&:empty': { display: 'none' } }}>
      <BuyerRequestNotice order={order} />
      <StaffCancellationNotice order={order} />
      <CanceledOnAmazonNotice order={order} />
    </Stack>
  );
};
