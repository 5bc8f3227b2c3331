// The parts of Amazon's Orders API 2026-01-01 model (orders_2026-01-01.json, getOrder) that the sandbox
// produces, typed by hand (field names and optionality as there), like model-types.ts for v0.

/** getOrder's `includedData` values. */
export const INCLUDED_DATA = [
  'BUYER',
  'RECIPIENT',
  'PROCEEDS',
  'EXPENSE',
  'PROMOTION',
  'CANCELLATION',
  'FULFILLMENT',
  'PACKAGES',
  'TAX',
  'PAYMENT',
  'FULFILLMENT_ORDERS',
] as const;
export type IncludedData = (typeof INCLUDED_DATA)[number];

export type FulfillmentStatus2026 =
  | 'PENDING_AVAILABILITY'
  | 'PENDING'
  | 'UNSHIPPED'
  | 'PARTIALLY_SHIPPED'
  | 'SHIPPED'
  | 'CANCELLED'
  | 'UNFULFILLABLE';

export interface Money2026 {
  amount: string;
  currencyCode: string;
}

export interface DateTimeRange {
  earliestDateTime?: string;
  latestDateTime?: string;
}

export interface CustomerAddress {
  name?: string;
  companyName?: string;
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  districtOrCounty?: string;
  stateOrRegion?: string;
  postalCode?: string;
  countryCode?: string;
  phone?: string;
  addressType?: 'RESIDENTIAL' | 'COMMERCIAL' | 'PICKUP_POINT';
}

export interface ItemCancellation {
  cancellationRequest?: { requester?: 'BUYER'; cancelReason?: string };
  cancellationExecution?: { cancelledBy?: 'BUYER' | 'MERCHANT' | 'AMAZON'; cancelReason?: string };
}

export interface OrderItem2026 {
  orderItemId: string;
  quantityOrdered: number;
  programs?: string[];
  product: {
    asin?: string;
    title?: string;
    sellerSku?: string;
    condition?: { conditionType?: string; conditionSubtype?: string; conditionNote?: string };
    price?: { unitPrice?: Money2026; priceDesignation?: 'BUSINESS_PRICE' };
  };
  proceeds?: { proceedsTotal?: Money2026 };
  cancellation?: ItemCancellation;
  fulfillment?: { quantityFulfilled?: number; quantityUnfulfilled?: number };
}

export interface Order2026 {
  orderId: string;
  orderAliases?: { aliasId: string; aliasType: 'SELLER_ORDER_ID' }[];
  createdTime: string;
  lastUpdatedTime: string;
  programs?: string[];
  salesChannel: { channelName: 'AMAZON' | 'NON_AMAZON'; marketplaceId?: string; marketplaceName?: string };
  buyer?: {
    buyerName?: string;
    buyerEmail?: string;
    buyerCompanyName?: string;
    buyerPurchaseOrderNumber?: string;
  };
  recipient?: { deliveryAddress?: CustomerAddress };
  proceeds?: { grandTotal?: Money2026 };
  fulfillment?: {
    fulfillmentStatus: FulfillmentStatus2026;
    fulfilledBy?: 'AMAZON' | 'MERCHANT';
    fulfillmentServiceLevel?: string;
    shipByWindow?: DateTimeRange;
    deliverByWindow?: DateTimeRange;
  };
  orderItems: OrderItem2026[];
}
