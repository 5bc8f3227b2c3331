import CommentIcon from '@mui/icons-material/AddComment';
import { Checkbox, FormControlLabel, FormHelperText, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { OrderActionDialog } from '../OrderActionDialog';
import type { OrderDetail } from '../orderTypes';
import { useOrderAction } from '../useOrderAction';
import { DialogActionButton } from './DialogActionButton';

const MAX_COMMENT = 5000;

/** Comment (every role, support included): a Comments History entry, optionally e-mailed to the buyer. */
const CommentDialog = ({ order, onClose }: { order: OrderDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const [notify, setNotify] = useState(false);
  const { mutate, isPending, error } = useOrderAction(order.id, 'comments', 'orderdesk.order_view.commented');
  const noEmail = !order.customer_email;
  return (
    <OrderActionDialog
      open
      title={translate('orderdesk.order_view.comment_title', { number: order.increment_id })}
      submitLabel="orderdesk.order_view.submit_comment"
      canSubmit={comment.trim() !== ''}
      isPending={isPending}
      error={error}
      onSubmit={() => mutate({ comment: comment.trim(), notify }, { onSuccess: onClose })}
      onClose={onClose}
    >
      <TextField
        label={translate('orderdesk.order_view.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        required
        autoFocus
        slotProps={{ htmlInput: { maxLength: MAX_COMMENT } }}
        sx={{ mt: 1 }}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={notify}
            onChange={(event) => setNotify(event.target.checked)}
            disabled={noEmail}
          />
        }
        label={translate('orderdesk.order_view.notify_buyer')}
      />
      {noEmail ? <FormHelperText>{translate('orderdesk.order_view.no_buyer_email')}</FormHelperText> : null}
    </OrderActionDialog>
  );
};

export const CommentButton = ({ order }: { order: OrderDetail }) => (
  <DialogActionButton
    action="comment"
    label="orderdesk.order_view.add_comment"
    icon={<CommentIcon />}
    dialog={(onClose) => <CommentDialog order={order} onClose={onClose} />}
  />
);
