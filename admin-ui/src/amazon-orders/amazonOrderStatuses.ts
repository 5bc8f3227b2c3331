import type { AmazonOrderStatus } from '../types';

/** Amazon's order statuses, in the order of an order's life (as the grid's tabs show them). */
export const AMAZON_ORDER_STATUSES: readonly AmazonOrderStatus[] = [
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Canceled',
  'Unfulfillable',
  'InvoiceUnconfirmed',
  'PendingAvailability',
];
