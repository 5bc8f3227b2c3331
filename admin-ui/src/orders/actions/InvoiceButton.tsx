import InvoiceIcon from '@mui/icons-material/ReceiptLong';
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ItemQuantities, useItemQuantities } from '../ItemQuantities';
import { OrderActionDialog } from '../OrderActionDialog';
import { mayInvoice, qtyToInvoice } from '../orderRules';
import type { OrderDetail } from '../orderTypes';
import { useOrderAction } from '../useOrderAction';
import { DialogActionButton } from './DialogActionButton';

/** Invoice: every line's quantity left to invoice by default; fewer makes a partial invoice. */
const InvoiceDialog = ({ order, onClose }: { order: OrderDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const quantities = useItemQuantities(order.items, qtyToInvoice);
  const [comment, setComment] = useState('');
  const { mutate, isPending, error } = useOrderAction(order.id, 'invoices', 'orderdesk.order_view.invoiced');
  const submit = () =>
    mutate(
      {
        // Everything left: no lines, as the API reads it (and as Magento's default invoice does).
        ...(quantities.isFull ? {} : { items: quantities.lines }),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
      { onSuccess: onClose },
    );
  return (
    <OrderActionDialog
      open
      title={translate('orderdesk.order_view.invoice_title', { number: order.increment_id })}
      submitLabel="orderdesk.order_view.submit_invoice"
      canSubmit={quantities.valid && quantities.total > 0}
      isPending={isPending}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ItemQuantities
        items={quantities.eligible}
        quantities={quantities.quantities}
        maxOf={qtyToInvoice}
        onChange={quantities.setQuantity}
        availableLabel="orderdesk.order_view.qty_left_to_invoice"
        quantityLabel="orderdesk.order_view.qty_to_invoice"
      />
      <TextField
        label={translate('orderdesk.order_view.invoice_comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
    </OrderActionDialog>
  );
};

export const InvoiceButton = ({ order }: { order: OrderDetail }) => (
  <DialogActionButton
    action="invoice"
    allowed={mayInvoice(order)}
    label="orderdesk.order_view.invoice"
    icon={<InvoiceIcon />}
    dialog={(onClose) => <InvoiceDialog order={order} onClose={onClose} />}
  />
);
