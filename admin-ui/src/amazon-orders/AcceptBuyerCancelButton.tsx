import AcceptIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Alert, DialogContentText } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AmazonOrder } from '../types';
import { buyerRequestOpen, cancelFactsOf, mayRequestCancel } from './cancellation';
import { failureMessage, useCancelAmazonOrder } from './useCancellationMutations';

const AcceptBuyerCancel = ({ order }: { order: AmazonOrder }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { mutate, isPending, error, reset } = useCancelAmazonOrder(order.id);
  const close = () => {
    if (isPending) return;
    reset();
    setOpen(false);
  };
  // The refusal is also said in the dialog: the notification is out of a screen reader's reach meanwhile.
  const content = (
    <>
      <DialogContentText>
        {translate('orderdesk.cancellation.accept_buyer_cancel_question', { id: order.id })}
      </DialogContentText>
      {error ? (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {translate(failureMessage(error), { _: failureMessage(error) })}
        </Alert>
      ) : null}
    </>
  );
  return (
    <>
      <Button label="orderdesk.cancellation.accept_buyer_cancel" onClick={() => setOpen(true)}>
        <AcceptIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="orderdesk.cancellation.accept_buyer_cancel_title"
        titleTranslateOptions={{ id: order.id }}
        content={content}
        confirm="orderdesk.cancellation.accept_buyer_cancel"
        cancel="orderdesk.cancellation.close"
        confirmColor="warning"
        onConfirm={() => mutate('BuyerCanceled', { onSuccess: () => setOpen(false) })}
        onClose={close}
      />
    </>
  );
};

/**
 * Accept buyer's cancellation: when the buyer asked Amazon to cancel, staff grant it in one click (and a
 * confirmation), which asks Amazon to cancel with reason BuyerCanceled.
 */
export const AcceptBuyerCancelButton = () => {
  const record = useRecordContext<AmazonOrder>();
  const { canAccess } = useCanAccess({ resource: 'amazon-orders', action: 'cancel', record });
  if (!record || !canAccess || !buyerRequestOpen(record) || !mayRequestCancel(cancelFactsOf(record)))
    return null;
  return <AcceptBuyerCancel order={record} />;
};
