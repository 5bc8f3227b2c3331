import type { AmazonOrder, AmazonOrderStatus, CancellationState, CommerceOrderStatus } from '../types';

/** The fields staff may correct in a shipping address (`PUT /api/amazon-orders/:id`). */
export const EDITABLE_ADDRESS_FIELDS = [
  'name',
  'address_line1',
  'address_line2',
  'address_line3',
  'city',
  'state_or_region',
  'postal_code',
  'country_code',
  'phone',
] as const;

export type EditableAddressField = (typeof EDITABLE_ADDRESS_FIELDS)[number];
export type EditableAddress = Record<EditableAddressField, string | null>;

export interface ShippingAddress extends EditableAddress {
  company_name: string | null;
  county: string | null;
  district: string | null;
  municipality: string | null;
  address_type: 'Residential' | 'Commercial' | null;
  corrected_at: string | null;
  /** The username of who corrected it. */
  corrected_by: string | null;
}

export interface AmazonOrderItem {
  /** Amazon's OrderItemId. */
  id: string;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
  title: string | null;
  asin: string | null;
  seller_sku: string | null;
  condition_id: string | null;
  condition_subtype: string | null;
  quantity_ordered: number;
  quantity_shipped: number;
  row_price: string | null;
  row_tax: string | null;
  shipping_price: string | null;
  currency: string | null;
}

export type TrackingConfirmation = 'pending' | 'sent' | 'not_sent';

export interface AmazonOrderTracking {
  id: string;
  carrier_code: string | null;
  carrier_name: string | null;
  shipping_method: string | null;
  tracking_number: string | null;
  shipped_at: string | null;
  shipment_increment_id: string | null;
  confirmation: TrackingConfirmation;
}

export type HistorySource = 'sync' | 'staff' | 'system' | 'amazon';

export interface AmazonOrderHistoryEntry {
  id: number;
  created_at: string;
  status: AmazonOrderStatus;
  cancellation_state: CancellationState | null;
  source: HistorySource;
  comment: string | null;
  username: string | null;
  user_full_name: string | null;
}

/** What `GET /api/amazon-orders/:id` answers: the grid's record and the details page's blocks. */
export interface AmazonOrderDetails extends AmazonOrder {
  is_prime: boolean;
  is_premium: boolean;
  is_business: boolean;
  ship_service_level: string | null;
  shipment_service_level_category: string | null;
  commerce_status: CommerceOrderStatus | null;
  shipping_address: ShippingAddress | null;
  items: AmazonOrderItem[];
  tracking: AmazonOrderTracking[];
  history: AmazonOrderHistoryEntry[];
}

/**
 * Whether the record is the whole details answer: react-admin first shows the grid's copy of the order
 * (its list fills the getOne cache) until getOne answers, and that copy has no blocks.
 */
export const hasDetails = (order: AmazonOrder | undefined): order is AmazonOrderDetails =>
  order != null && Array.isArray((order as Partial<AmazonOrderDetails>).items);

const NOTHING_TO_SHIP: readonly (CommerceOrderStatus | null)[] = ['complete', 'closed', 'canceled'];

/** The API's rule: no correction once Amazon says Shipped or Canceled, or nothing is left to ship here. */
export const mayCorrectAddress = (order: AmazonOrderDetails): boolean =>
  order.status !== 'Shipped' &&
  order.status !== 'Canceled' &&
  order.canceled_at == null &&
  order.cancellation_state !== 'confirmed' &&
  !NOTHING_TO_SHIP.includes(order.commerce_status);
