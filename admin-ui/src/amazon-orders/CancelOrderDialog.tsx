import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate, type Identifier } from 'react-admin';
import type { AmazonCancelReason } from '../types';
import { CancelReasonPicker } from './CancelReasonPicker';
import { failureMessage, useCancelAmazonOrder } from './useCancellationMutations';

export interface CancelOrderDialogProps {
  orderId: Identifier;
  open: boolean;
  onClose: () => void;
}

/**
 * Cancel Order, in two steps: pick Amazon's reason, then confirm (the request cannot be taken back).
 * Pessimistic: the dialog stays, disabled, until the API answers; on a refusal it stays usable and says
 * why, as the notification does (which a screen reader cannot reach while the dialog is open).
 */
export const CancelOrderDialog = ({ orderId, open, onClose }: CancelOrderDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState<AmazonCancelReason | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending, error, reset } = useCancelAmazonOrder(orderId);

  const close = () => {
    if (isPending) return;
    setConfirming(false);
    setReason(null);
    reset();
    onClose();
  };
  const back = () => {
    reset();
    setConfirming(false);
  };
  const submit = () => {
    if (reason) mutate(reason, { onSuccess: close });
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>
        {translate('orderdesk.cancellation.dialog_title', { id: orderId })}
      </DialogTitle>
      <DialogContent>
        {confirming && reason ? (
          <>
            <DialogContentText>
              {translate('orderdesk.cancellation.confirm_question', { id: orderId })}
            </DialogContentText>
            <DialogContentText sx={{ mt: 1 }}>
              {translate('orderdesk.cancellation.confirm_reason', {
                reason: translate(`orderdesk.cancel_reason.${reason}`),
              })}
            </DialogContentText>
          </>
        ) : (
          <CancelReasonPicker value={reason} onChange={setReason} />
        )}
        {error ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {translate(failureMessage(error), { _: failureMessage(error) })}
          </Alert>
        ) : null}
      </DialogContent>
      {confirming ? (
        <DialogActions>
          <Button onClick={back} disabled={isPending} autoFocus>
            {translate('orderdesk.cancellation.back')}
          </Button>
          <Button
            onClick={submit}
            disabled={isPending}
            aria-busy={isPending}
            color="error"
            variant="contained"
            startIcon={isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {translate('orderdesk.cancellation.confirm_button')}
          </Button>
        </DialogActions>
      ) : (
        <DialogActions>
          <Button onClick={close}>{translate('orderdesk.cancellation.close')}</Button>
          <Button onClick={() => setConfirming(true)} disabled={!reason} variant="contained">
            {translate('orderdesk.cancellation.next')}
          </Button>
        </DialogActions>
      )}
    </Dialog>
  );
};
