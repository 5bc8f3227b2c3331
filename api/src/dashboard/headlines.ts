import { AMAZON_ORDER_STATUSES } from '@orderdesk/migrations';

/** A headline figure's definition: filter values of the Amazon orders grid (its list spec). */
export type GridFilter = Record<string, unknown>;

export const HEADLINES = [
  'purchased_today',
  'awaiting_shipment',
  'buyer_cancel_requests',
  'import_errors',
] as const;
export type Headline = (typeof HEADLINES)[number];

/** Statuses in which a buyer's request to cancel still waits for staff: not shipped, not canceled. */
const OPEN_REQUEST_STATUSES = AMAZON_ORDER_STATUSES.filter(
  (status) => status !== 'Shipped' && status !== 'Canceled',
);

/**
 * Each headline as a filter of the Amazon orders grid: the server counts with it, and the panel links to
 * the grid with the same filter, so the figure and the grid's total cannot disagree.
 */
export function headlineFilters(todayStart: Date): Record<Headline, GridFilter> {
  return {
    purchased_today: { purchase_date_gte: todayStart.toISOString() },
    // What the seller still has to ship: seller-fulfilled orders Amazon reports unshipped or partly shipped.
    awaiting_shipment: { fulfillment_channel: 'MFN', status: ['Unshipped', 'PartiallyShipped'] },
    // The buyer asked to cancel and nobody has acted yet (a staff cancellation pending or done closes it;
    // a refused one leaves it open).
    buyer_cancel_requests: {
      buyer_cancel_requested: true,
      status: OPEN_REQUEST_STATUSES,
      cancellation_state: ['none', 'refused'],
    },
    import_errors: { import_state: 'blocked' },
  };
}
