import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, useCanAccess } from 'react-admin';
import type { Action } from '../../permissions';

export interface DialogActionButtonProps {
  /** The permission asked of canAccess on `orders`. */
  action: Action;
  /** Whether the order's state allows it (orderRules.ts). */
  allowed?: boolean;
  /** Translation key of the button. */
  label: string;
  icon: ReactElement;
  /** The action's dialog, mounted only while open: each opening starts from a fresh form. */
  dialog: (onClose: () => void) => ReactNode;
}

/** A top bar button that opens an order action's form (Invoice, Ship, Credit Memo, Comment). */
export const DialogActionButton = ({
  action,
  allowed = true,
  label,
  icon,
  dialog,
}: DialogActionButtonProps) => {
  const { canAccess } = useCanAccess({ resource: 'orders', action });
  const [open, setOpen] = useState(false);
  if (!canAccess || !allowed) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      {open ? dialog(() => setOpen(false)) : null}
    </>
  );
};
