import CancelIcon from '@mui/icons-material/Cancel';
import HoldIcon from '@mui/icons-material/PauseCircle';
import UnholdIcon from '@mui/icons-material/PlayCircle';
import type { ReactElement } from 'react';
import { Button, LinkBase, TopToolbar, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';
import { mayCancelHere, mayCancelOnAmazon, mayHold, mayUnhold } from '../orderRules';
import type { Action } from '../../permissions';
import { isOrderDetail, type OrderDetail } from '../orderTypes';
import type { OrderActionPath } from '../useOrderAction';
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

/** The actions without input that ask for confirmation first; their labels are `orderdesk.order_view.<path>…`. */
const CONFIRMED_ACTIONS: {
  path: OrderActionPath;
  action: Action;
  allowed: (order: OrderDetail) => boolean;
  icon: ReactElement;
  confirm: string;
  success: string;
  destructive?: boolean;
}[] = [
  {
    path: 'cancel',
    action: 'cancel',
    allowed: mayCancelHere,
    icon: <CancelIcon />,
    confirm: 'cancel_confirm',
    success: 'canceled',
    destructive: true,
  },
  { path: 'hold', action: 'hold', allowed: mayHold, icon: <HoldIcon />, confirm: 'hold', success: 'held' },
  {
    path: 'unhold',
    action: 'hold',
    allowed: mayUnhold,
    icon: <UnholdIcon />,
    confirm: 'unhold',
    success: 'released',
  },
];

const key = (name: string) => `orderdesk.order_view.${name}`;

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
      <CancelOnAmazonButton order={order} />
      {CONFIRMED_ACTIONS.map(({ path, action, allowed, icon, confirm, success, destructive }) => (
        <ConfirmedActionButton
          key={path}
          order={order}
          action={action}
          path={path}
          allowed={allowed(order)}
          icon={icon}
          label={key(path)}
          title={key(`${path}_title`)}
          question={key(`${path}_question`)}
          confirmLabel={key(confirm)}
          success={key(success)}
          destructive={destructive}
        />
      ))}
      <CommentButton order={order} />
    </TopToolbar>
  );
};
