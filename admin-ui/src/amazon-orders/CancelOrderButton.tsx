import CancelIcon from '@mui/icons-material/Cancel';
import { useState } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { AmazonOrder } from '../types';
import { cancelFactsOf, mayRequestCancel } from './cancellation';
import { CancelOrderDialog } from './CancelOrderDialog';

/**
 * Cancel Order on Amazon Order Details: shown only while the order may be canceled (Unshipped, nothing
 * shipped, no cancellation pending or done) and to the roles allowed to cancel; the API checks both again.
 */
export const CancelOrderButton = () => {
  const record = useRecordContext<AmazonOrder>();
  const { canAccess } = useCanAccess({ resource: 'amazon-orders', action: 'cancel', record });
  const [open, setOpen] = useState(false);

  if (!record || !canAccess || !mayRequestCancel(cancelFactsOf(record))) return null;
  return (
    <>
      <Button label="orderdesk.cancellation.cancel_order" onClick={() => setOpen(true)}>
        <CancelIcon />
      </Button>
      <CancelOrderDialog orderId={record.id} open={open} onClose={() => setOpen(false)} />
    </>
  );
};
