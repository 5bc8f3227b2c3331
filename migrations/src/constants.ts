// Value sets shared by the schema's CHECK constraints and the API's validation: one source of truth.
// Changing a list here does not change a database that is already migrated; add a migration that
// recreates the affected CHECK constraint (its name is `<table>_<column>_check`).

/** Amazon's OrderStatus, spelled as Amazon spells it (Orders API v0). Never invented locally. */
export const AMAZON_ORDER_STATUSES = [
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Canceled',
  'Unfulfillable',
  'InvoiceUnconfirmed',
  'PendingAvailability',
] as const;
export type AmazonOrderStatus = (typeof AMAZON_ORDER_STATUSES)[number];

/** Local overlay: has the Amazon order become a Commerce order? */
export const IMPORT_STATES = ['not_imported', 'imported', 'blocked'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** Local overlay: a seller cancellation sent to Amazon and its outcome. */
export const CANCELLATION_STATES = ['none', 'requested', 'confirmed', 'refused'] as const;
export type CancellationState = (typeof CANCELLATION_STATES)[number];

/** Magento order states (sales_order.state/status codes). */
export const COMMERCE_ORDER_STATUSES = [
  'pending',
  'processing',
  'complete',
  'canceled',
  'closed',
  'holded',
] as const;
export type CommerceOrderStatus = (typeof COMMERCE_ORDER_STATUSES)[number];

export const ROLES = ['admin', 'manager', 'fulfillment', 'support'] as const;
export type Role = (typeof ROLES)[number];

/** CancelReason of POST_ORDER_ACKNOWLEDGEMENT_DATA, from OrderAcknowledgement_rev7.xsd (in its order). */
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

/** Who cancelled an Amazon order: on Amazon's side (buyer, amazon, seller in Seller Central) or staff here. */
export const CANCELED_BY = ['buyer', 'amazon', 'seller', 'staff'] as const;
export type CanceledBy = (typeof CANCELED_BY)[number];

export const AMAZON_REGIONS = ['na', 'eu', 'fe'] as const;
export type AmazonRegion = (typeof AMAZON_REGIONS)[number];

export const CUSTOMER_CREATION_MODES = ['guest', 'new_customer'] as const;
export type CustomerCreationMode = (typeof CUSTOMER_CREATION_MODES)[number];

export const ORDER_NUMBER_SOURCES = ['commerce', 'amazon'] as const;
export type OrderNumberSource = (typeof ORDER_NUMBER_SOURCES)[number];

/** MFN: the seller ships; AFN: Amazon ships (FBA). */
export const FULFILLMENT_CHANNELS = ['MFN', 'AFN'] as const;
export type FulfillmentChannel = (typeof FULFILLMENT_CHANNELS)[number];

/** Amazon's Address.AddressType. */
export const AMAZON_ADDRESS_TYPES = ['Residential', 'Commercial'] as const;
export type AmazonAddressType = (typeof AMAZON_ADDRESS_TYPES)[number];

export const AMAZON_HISTORY_SOURCES = ['sync', 'staff', 'system', 'amazon'] as const;
export type AmazonHistorySource = (typeof AMAZON_HISTORY_SOURCES)[number];

/** Where a Commerce order came from. */
export const ORDER_CHANNELS = ['amazon', 'web'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const ORDER_ADDRESS_TYPES = ['billing', 'shipping'] as const;
export type OrderAddressType = (typeof ORDER_ADDRESS_TYPES)[number];

/** Magento invoice states (1 open, 2 paid, 3 canceled). */
export const INVOICE_STATES = ['open', 'paid', 'canceled'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

/** Magento credit memo states (1 open, 2 refunded, 3 canceled). */
export const CREDIT_MEMO_STATES = ['open', 'refunded', 'canceled'] as const;
export type CreditMemoState = (typeof CREDIT_MEMO_STATES)[number];

/**
 * Why a row was added to the reservation ledger. order_placed reserves (negative quantity); the others
 * compensate it (positive), each at most once per order item, cause and reference.
 */
export const RESERVATION_CAUSES = [
  'order_placed',
  'order_shipped',
  'order_canceled',
  'credit_memo',
  'import_released',
] as const;
export type ReservationCause = (typeof RESERVATION_CAUSES)[number];

export const OUTBOX_STATUSES = ['pending', 'processing', 'succeeded', 'failed', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Feeds API 2021-06-30 Feed.processingStatus. */
export const FEED_PROCESSING_STATUSES = ['IN_QUEUE', 'IN_PROGRESS', 'DONE', 'CANCELLED', 'FATAL'] as const;
export type FeedProcessingStatus = (typeof FEED_PROCESSING_STATUSES)[number];

/** queued: asked for (schedule or Sync now), waiting for a worker; running; then succeeded or failed. */
export const SYNC_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

export const SYNC_TRIGGERS = ['schedule', 'manual'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];
