import { Grid } from '@mui/material';
import { Show } from 'react-admin';
import type { AmazonOrderDetails } from './amazonOrderDetails';
import { AmazonOrderActions } from './AmazonOrderActions';
import { pollWhileAwaitingAmazon } from './cancellation';
import { CancellationNotices } from './CancellationNotices';
import { OrderHistoryBlock } from './OrderHistoryBlock';
import { OrderInformationBlock } from './OrderInformationBlock';
import { OrderItemsBlock } from './OrderItemsBlock';
import { ShippingInformationBlock } from './ShippingInformationBlock';
import { TrackingBlock } from './TrackingBlock';

/**
 * Amazon Order Details in Adobe Amazon Sales Channel's layout: the cancellation notices and actions,
 * the order and shipping blocks side by side, then items, tracking and history across the page. While a
 * cancellation waits for Amazon's answer the page re-reads the order, so Confirmed or Refused appears unaided.
 */
export const AmazonOrderShow = () => (
  <Show<AmazonOrderDetails>
    actions={<AmazonOrderActions />}
    queryOptions={{ refetchInterval: pollWhileAwaitingAmazon }}
    sx={{ '& .RaShow-card': { backgroundColor: 'transparent', boxShadow: 'none' } }}
  >
    <CancellationNotices />
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <OrderInformationBlock />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ShippingInformationBlock />
      </Grid>
      <Grid size={12}>
        <OrderItemsBlock />
      </Grid>
      <Grid size={12}>
        <TrackingBlock />
      </Grid>
      <Grid size={12}>
        <OrderHistoryBlock />
      </Grid>
    </Grid>
  </Show>
);
