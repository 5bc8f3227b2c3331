import CancelIcon from '@mui/icons-material/Cancel';
import HoldIcon from '@mui/icons-material/PauseCircle';
import UnholdIcon from '@mui/icons-material/PlayCircle';
import { Button, LinkBase, TopToolbar, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';
import { mayCancelHere, mayCancelOnAmazon, mayHold, mayUnhold } from '../orderRules';
import { isOrderDetail, type OrderDetail } from '../orderTypes';
import { CommentButton } from './CommentButton';
import { ConfirmedActionButton } from './ConfirmedActionButton';
import { CreditMemoButton } from './CreditMemoButton';
import { InvoiceButton } from './InvoiceButton';
import { ShipButton } from './ShipButton';

/**
 * Cancel of an Amazon order: the API refuses it here (409), because Amazon must be told with one of its
 * reasons; the button leads to Amazon Order Details, where Cancel Order asks for the reason.
 */
const CancelOnAmazonButton = ({ order }: { order: OrderDetail }) => {
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'amazon-orders', action: 'cancel' });
  if (!canAccess || !order.amazon_order_id || !mayCancelOnAmazon(order)) return null;
  return (
    <Button
      label="orderdesk.order_view.cancel_on_amazon"
      component={LinkBase}
      to={createPath({ resource: 'amazon-orders', type: 'show', id: order.amazon_order_id })}
    >
      <CancelIcon />
    </Button>
  );
};

/**
 * The order view's top bar, Magento's order: each action shows only when the role may and the order's
 * state allows it (orderRules.ts); the API checks both again and its refusal is shown as it words it.
 */
export const OrderActions = () => {
  const record = useRecordContext();
  if (!isOrderDetail(record)) return <TopToolbar />;
  const order = record;
  return (
    <TopToolbar>
      <InvoiceButton order={order} />
      <ShipButton order={order} />
      <CreditMemoButton order={order} />
      <ConfirmedActionButton
        order={order}
        action="cancel"
        path="cancel"
        allowed={mayCancelHere(order)}
        icon={<CancelIcon />}
        label="orderdesk.order_view.cancel"
        title="orderdesk.order_view.cancel_title"
        question="orderdesk.order_view.cancel_question"
        confirmLabel="orderdesk.order_view.cancel_confirm"
        success="orderdesk.order_view.canceled"
        destructive
      />
      <CancelOnAmazonButton order={order} />
      <ConfirmedActionButton
        order={order}
        action="hold"
        path="hold"
        allowed={mayHold(order)}
        icon={<HoldIcon />}
        label="orderdesk.order_view.hold"
        title="orderdesk.order_view.hold_title"
        question="orderdesk.order_view.hold_question"
        confirmLabel="orderdesk.order_view.hold"
        success="orderdesk.order_view.held"
      />
      <ConfirmedActionButton
        order={order}
        action="hold"
        path="unhold"
        allowed={mayUnhold(order)}
        icon={<UnholdIcon />}
        label="orderdesk.order_view.unhold"
        title="orderdesk.order_view.unhold_title"
        question="orderdesk.order_view.unhold_question"
        confirmLabel="orderdesk.order_view.unhold"
        success="orderdesk.order_view.released"
      />
      <CommentButton order={order} />
    </TopToolbar>
  );
};
