// The records the API answers (api-contract.md). Money is a decimal string, times are ISO 8601 strings.
import type { Role } from './permissions';

export type AmazonOrderStatus =
  | 'Pending'
  | 'Unshipped'
  | 'PartiallyShipped'
  | 'Shipped'
  | 'Canceled'
  | 'Unfulfillable'
  | 'InvoiceUnconfirmed'
  | 'PendingAvailability';

export type ImportState = 'not_imported' | 'imported' | 'blocked';
export type CancellationState = 'none' | 'requested' | 'confirmed' | 'refused';
/** Who canceled an Amazon order: on Amazon's side (buyer, Amazon, the seller in Seller Central) or staff here. */
export type CanceledBy = 'buyer' | 'amazon' | 'seller' | 'staff';

/** Amazon's CancelReason codes (POST_ORDER_ACKNOWLEDGEMENT_DATA), in Amazon's order. */
export const AMAZON_CANCEL_REASONS = [
  'NoInventory',
  'ShippingAddressUndeliverable',
  'CustomerExchange',
  'BuyerCanceled',
  'GeneralAdjustment',
  'CarrierCreditDecision',
  'RiskAssessmentInformationNotValid',
  'CarrierCoverageFailure',
  'CustomerReturn',
  'MerchandiseNotReceived',
] as const;
export type AmazonCancelReason = (typeof AMAZON_CANCEL_REASONS)[number];
export type CommerceOrderStatus = 'pending' | 'processing' | 'complete' | 'canceled' | 'closed' | 'holded';
export type FulfillmentChannel = 'MFN' | 'AFN';

export interface AmazonOrder {
  /** The AmazonOrderId. */
  id: string;
  store_id: number;
  status: AmazonOrderStatus;
  purchase_date: string;
  last_update_date: string;
  buyer_name: string | null;
  buyer_email: string | null;
  order_total: string | null;
  currency: string | null;
  fulfillment_channel: FulfillmentChannel;
  items_shipped: number;
  items_unshipped: number;
  latest_ship_date: string | null;
  reserved: boolean;
  last_action: string | null;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
  import_state: ImportState;
  import_error: string | null;
  cancellation_state: CancellationState;
  cancellation_reason: AmazonCancelReason | null;
  /** Amazon's refusal, or why the cancellation could not be sent. */
  cancellation_error: string | null;
  /** The cancellation could not reach Amazon and waits for Retry. */
  cancellation_retryable: boolean;
  canceled_by: CanceledBy | null;
  canceled_at: string | null;
  buyer_cancel_requested: boolean;
  buyer_cancel_reason: string | null;
}

export interface Order {
  id: number;
  increment_id: string;
  status: CommerceOrderStatus;
  channel: string;
  /** The Amazon order number (the AmazonOrderId), for Amazon orders. */
  amazon_order_id: string | null;
  /** The Amazon order's own state, for the Payment & Shipping Method section. */
  amazon_status: AmazonOrderStatus | null;
  amazon_items_shipped: number | null;
  amazon_cancellation_state: CancellationState | null;
  customer_name: string | null;
  customer_email: string | null;
  grand_total: string;
  currency: string;
  created_at: string;
}

export type CustomerCreation = 'guest' | 'new_customer';
export type OrderNumberSource = 'commerce' | 'amazon';

/** The order settings a store's Edit form sends (and nothing else). */
export interface StoreSettings {
  import_orders: boolean;
  customer_creation: CustomerCreation;
  order_number_source: OrderNumberSource;
  reserve_pending: boolean;
  /** null: the default status for new orders. */
  order_status: string | null;
  sync_interval_minutes: number;
}

export type AmazonRegion = 'na' | 'eu' | 'fe';

/** A store's Login with Amazon credentials: sent on create and to replace them, never answered. */
export interface LwaCredentials {
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

export interface AmazonStore extends StoreSettings {
  id: number;
  name: string;
  seller_id: string;
  marketplace_id: string;
  region: AmazonRegion;
  endpoint: string | null;
  lwa_endpoint: string | null;
  /** Whether credentials are stored (they themselves are write-only). */
  has_credentials: boolean;
  is_active: boolean;
  last_sync_at: string | null;
}

export interface SyncRun {
  id: number;
  store_id: number;
  started_at: string;
  finished_at: string | null;
  status: string;
  orders_seen: number;
  created: number;
  updated: number;
  canceled: number;
  errors: number;
}

export interface AmazonError {
  id: number;
  store_id: number | null;
  operation: string;
  status: number | null;
  code: string | null;
  message: string;
  created_at: string;
}

export interface StockItem {
  /** The SKU. */
  id: string;
  name: string;
  on_hand: number;
  reserved: number;
  salable: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string | null;
  action: string;
  resource: string;
  record_id: string | null;
}

export interface User {
  id: number;
  username: string;
  role: Role;
  full_name: string;
  email: string | null;
  is_active: boolean;
}
