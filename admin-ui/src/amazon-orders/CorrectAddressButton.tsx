import EditLocationIcon from '@mui/icons-material/EditLocationAlt';
import { useState } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { hasDetails, mayCorrectAddress, type AmazonOrderDetails } from './amazonOrderDetails';
import { CorrectAddressDialog } from './CorrectAddressDialog';

/**
 * Correct address, beside the shipping address: for the roles that may edit Amazon orders (not support)
 * and only while the order has not shipped or been canceled; the API checks both again.
 */
export const CorrectAddressButton = () => {
  const order = useRecordContext<AmazonOrderDetails>();
  const { canAccess } = useCanAccess({ resource: 'amazon-orders', action: 'edit', record: order });
  const [open, setOpen] = useState(false);
  if (!hasDetails(order) || !canAccess || !mayCorrectAddress(order)) return null;
  return (
    <>
      <Button label="orderdesk.address_form.edit" onClick={() => setOpen(true)}>
        <EditLocationIcon />
      </Button>
      {open ? <CorrectAddressDialog order={order} open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
