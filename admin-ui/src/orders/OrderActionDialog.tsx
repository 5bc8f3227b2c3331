import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { failureMessage } from '../amazon-orders/useCancellationMutations';

export interface OrderActionDialogProps {
  open: boolean;
  title: string;
  /** The submit button's label (translation key). */
  submitLabel: string;
  /** Disables submit (a form not complete yet). */
  canSubmit?: boolean;
  isPending: boolean;
  error: unknown;
  /** Red submit button: the action cannot be taken back. */
  destructive?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** Back instead of Close (a confirmation step). */
  onBack?: () => void;
  children: ReactNode;
}

/**
 * The frame every order action's dialog shares: a form whose submit waits for the API (pessimistic), and
 * a refusal said inside the dialog (the notification is out of reach of a screen reader while it is open).
 */
export const OrderActionDialog = ({
  open,
  title,
  submitLabel,
  canSubmit = true,
  isPending,
  error,
  destructive = false,
  onSubmit,
  onClose,
  onBack,
  children,
}: OrderActionDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const close = () => {
    if (!isPending) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit && !isPending) onSubmit();
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children}
          {error ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {translate(failureMessage(error), { _: failureMessage(error) })}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onBack ?? close} disabled={isPending}>
            {translate(onBack ? 'orderdesk.order_view.back' : 'ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            disabled={!canSubmit || isPending}
            aria-busy={isPending}
            color={destructive ? 'error' : 'primary'}
            variant="contained"
            startIcon={isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {translate(submitLabel)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
