// The parts of Amazon's Orders v0 and Feeds 2021-06-30 models that the sandbox produces, typed by hand from
// ordersV0.json / feeds_2021-06-30.json (field names and optionality as there). The sandbox imports nothing
// from the connector, so it does not share the connector's generated types.

export const ORDER_STATUSES = [
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Canceled',
  'Unfulfillable',
  'InvoiceUnconfirmed',
  'PendingAvailability',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const FULFILLMENT_CHANNELS = ['MFN', 'AFN'] as const;
export type FulfillmentChannel = (typeof FULFILLMENT_CHANNELS)[number];

export const PAYMENT_METHODS = ['COD', 'CVS', 'Other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The ten CancelReason values of OrderAcknowledgement.xsd (revision 7). */
export const CANCEL_REASONS = [
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
export type CancelReason = (typeof CANCEL_REASONS)[number];

export interface Money {
  CurrencyCode: string;
  Amount: string;
}

export interface Address {
  Name: string;
  CompanyName?: string;
  AddressLine1?: string;
  AddressLine2?: string;
  City?: string;
  County?: string;
  StateOrRegion?: string;
  PostalCode?: string;
  CountryCode?: string;
  Phone?: string;
  AddressType?: 'Residential' | 'Commercial';
}

export interface BuyerInfo {
  BuyerEmail?: string;
  BuyerName?: string;
  BuyerCounty?: string;
  PurchaseOrderNumber?: string;
}

export interface Order {
  AmazonOrderId: string;
  SellerOrderId?: string;
  PurchaseDate: string;
  LastUpdateDate: string;
  OrderStatus: OrderStatus;
  FulfillmentChannel: FulfillmentChannel;
  SalesChannel: string;
  ShipServiceLevel: string;
  OrderTotal: Money;
  NumberOfItemsShipped: number;
  NumberOfItemsUnshipped: number;
  PaymentMethod: PaymentMethod;
  PaymentMethodDetails: string[];
  MarketplaceId: string;
  ShipmentServiceLevelCategory: string;
  OrderType: 'StandardOrder';
  EarliestShipDate?: string;
  LatestShipDate?: string;
  EarliestDeliveryDate?: string;
  LatestDeliveryDate?: string;
  IsBusinessOrder: boolean;
  IsPrime: boolean;
  IsPremiumOrder: boolean;
  IsGlobalExpressEnabled: boolean;
  IsReplacementOrder: boolean;
  IsSoldByAB: boolean;
  IsISPU: boolean;
  IsAccessPointOrder: boolean;
  HasRegulatedItems: boolean;
  ShippingAddress?: Address;
  BuyerInfo: BuyerInfo;
  AutomatedShippingSettings: { HasAutomatedShippingSettings: boolean };
}

export interface BuyerRequestedCancel {
  IsBuyerRequestedCancel: 'true' | 'false';
  BuyerCancelReason?: string;
}

export interface OrderItem {
  ASIN: string;
  SellerSKU: string;
  OrderItemId: string;
  Title: string;
  QuantityOrdered: number;
  QuantityShipped: number;
  ProductInfo: { NumberOfItems: string };
  ItemPrice: Money;
  ItemTax: Money;
  ShippingPrice: Money;
  ShippingTax: Money;
  ShippingDiscount: Money;
  ShippingDiscountTax: Money;
  PromotionDiscount: Money;
  PromotionDiscountTax: Money;
  PromotionIds: string[];
  IsGift: 'true' | 'false';
  ConditionId: string;
  ConditionSubtypeId: string;
  ConditionNote?: string;
  PriceDesignation?: 'BusinessPrice';
  TaxCollection?: { Model: 'MarketplaceFacilitator'; ResponsibleParty: 'Amazon Services, Inc.' };
  IsTransparency: boolean;
  SerialNumberRequired: boolean;
  BuyerRequestedCancel?: BuyerRequestedCancel;
}

/** The pricing fields getOrderItems leaves out while an order is Pending (ordersV0.json, getOrderItems). */
export const ITEM_PRICING_FIELDS = [
  'ItemPrice',
  'ItemTax',
  'ShippingPrice',
  'ShippingTax',
  'ShippingDiscount',
  'ShippingDiscountTax',
  'PromotionDiscount',
  'PromotionDiscountTax',
  'PromotionIds',
  'IsGift',
] as const satisfies readonly (keyof OrderItem)[];

export const FEED_PROCESSING_STATUSES = ['IN_QUEUE', 'IN_PROGRESS', 'DONE', 'FATAL', 'CANCELLED'] as const;
export type FeedProcessingStatus = (typeof FEED_PROCESSING_STATUSES)[number];

export interface Feed {
  feedId: string;
  feedType: string;
  marketplaceIds: string[];
  createdTime: string;
  processingStatus: FeedProcessingStatus;
  processingStartTime?: string;
  processingEndTime?: string;
  resultFeedDocumentId?: string;
}

export interface FeedDocument {
  feedDocumentId: string;
  url: string;
  compressionAlgorithm?: 'GZIP';
}

/** Amazon's error element, shared by the Orders and Feeds models. */
export interface ApiError {
  code: string;
  message: string;
  details?: string;
}
