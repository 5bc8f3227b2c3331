import { TopToolbar } from 'react-admin';
import { AcceptBuyerCancelButton } from './AcceptBuyerCancelButton';
import { CancelOrderButton } from './CancelOrderButton';

/** Amazon Order Details' actions; each button shows itself only when the order and the role allow it. */
export const AmazonOrderActions = () => (
  <TopToolbar>
    <AcceptBuyerCancelButton />
    <CancelOrderButton />
  </TopToolbar>
);
