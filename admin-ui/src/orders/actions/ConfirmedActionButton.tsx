import { DialogContentText } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import type { Action } from '../../permissions';
import { OrderActionDialog } from '../OrderActionDialog';
import type { OrderDetail } from '../orderTypes';
import { useOrderAction, type OrderActionPath } from '../useOrderAction';

export interface ConfirmedActionButtonProps {
  order: OrderDetail;
  /** The permission asked of canAccess on `orders`. */
  action: Action;
  path: OrderActionPath;
  /** Whether the order's state allows it (orderRules.ts). */
  allowed: boolean;
  icon: ReactElement;
  /** Translation keys: the button, the dialog's title and question, its submit button, the success notice. */
  label: string;
  title: string;
  question: string;
  confirmLabel: string;
  success: string;
  destructive?: boolean;
}

/** An order action without input (Hold, Unhold, Cancel) that asks for confirmation first. */
export const ConfirmedActionButton = ({
  order,
  action,
  path,
  allowed,
  icon,
  label,
  title,
  question,
  confirmLabel,
  success,
  destructive = false,
}: ConfirmedActionButtonProps) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'orders', action });
  const [open, setOpen] = useState(false);
  const { mutate, isPending, error, reset } = useOrderAction(order.id, path, success);
  if (!canAccess || !allowed) return null;
  const close = () => {
    reset();
    setOpen(false);
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <OrderActionDialog
        open={open}
        title={translate(title, { number: order.increment_id })}
        submitLabel={confirmLabel}
        isPending={isPending}
        error={error}
        destructive={destructive}
        onSubmit={() => mutate({}, { onSuccess: close })}
        onClose={close}
      >
        <DialogContentText>{translate(question, { number: order.increment_id })}</DialogContentText>
      </OrderActionDialog>
    </>
  );
};
