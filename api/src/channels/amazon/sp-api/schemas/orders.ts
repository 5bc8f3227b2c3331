import { z } from 'zod';

// Edge schemas for Orders API v0 answers. Objects are loose (fields Amazon adds later pass through) and
// enums are plain strings (a value Amazon adds later is kept, and reported by unexpected-values.ts).
// model-checks.ts proves at compile time that every answer Amazon's model allows is accepted here.

export const moneySchema = z.looseObject({
  CurrencyCode: z.string().optional(),
  Amount: z.string().optional(),
});

export const addressSchema = z.looseObject({
  Name: z.string().optional(),
  CompanyName: z.string().optional(),
  AddressLine1: z.string().optional(),
  AddressLine2: z.string().optional(),
  AddressLine3: z.string().optional(),
  City: z.string().optional(),
  County: z.string().optional(),
  District: z.string().optional(),
  StateOrRegion: z.string().optional(),
  Municipality: z.string().optional(),
  PostalCode: z.string().optional(),
  CountryCode: z.string().optional(),
  Phone: z.string().optional(),
  AddressType: z.string().optional(),
});

export const buyerInfoSchema = z.looseObject({
  BuyerEmail: z.string().optional(),
  BuyerName: z.string().optional(),
  BuyerCounty: z.string().optional(),
  PurchaseOrderNumber: z.string().optional(),
});

export const orderSchema = z.looseObject({
  AmazonOrderId: z.string().min(1),
  SellerOrderId: z.string().optional(),
  PurchaseDate: z.string(),
  LastUpdateDate: z.string(),
  OrderStatus: z.string(),
  FulfillmentChannel: z.string().optional(),
  SalesChannel: z.string().optional(),
  OrderChannel: z.string().optional(),
  ShipServiceLevel: z.string().optional(),
  OrderTotal: moneySchema.optional(),
  NumberOfItemsShipped: z.number().optional(),
  NumberOfItemsUnshipped: z.number().optional(),
  PaymentMethod: z.string().optional(),
  MarketplaceId: z.string().optional(),
  ShipmentServiceLevelCategory: z.string().optional(),
  OrderType: z.string().optional(),
  EarliestShipDate: z.string().optional(),
  LatestShipDate: z.string().optional(),
  EarliestDeliveryDate: z.string().optional(),
  LatestDeliveryDate: z.string().optional(),
  IsBusinessOrder: z.boolean().optional(),
  IsPrime: z.boolean().optional(),
  IsPremiumOrder: z.boolean().optional(),
  IsReplacementOrder: z.union([z.boolean(), z.string()]).optional(),
  ShippingAddress: addressSchema.optional(),
  BuyerInfo: buyerInfoSchema.optional(),
});

export const buyerRequestedCancelSchema = z.looseObject({
  IsBuyerRequestedCancel: z.string().optional(),
  BuyerCancelReason: z.string().optional(),
});

export const orderItemSchema = z.looseObject({
  ASIN: z.string(),
  SellerSKU: z.string().optional(),
  OrderItemId: z.string().min(1),
  Title: z.string().optional(),
  QuantityOrdered: z.number().int().nonnegative(),
  QuantityShipped: z.number().int().nonnegative().optional(),
  ItemPrice: moneySchema.optional(),
  ShippingPrice: moneySchema.optional(),
  ItemTax: moneySchema.optional(),
  ShippingTax: moneySchema.optional(),
  PromotionDiscount: moneySchema.optional(),
  IsGift: z.string().optional(),
  ConditionId: z.string().optional(),
  ConditionSubtypeId: z.string().optional(),
  BuyerRequestedCancel: buyerRequestedCancelSchema.optional(),
});

export const getOrdersPayloadSchema = z.looseObject({
  Orders: z.array(orderSchema),
  NextToken: z.string().optional(),
  LastUpdatedBefore: z.string().optional(),
  CreatedBefore: z.string().optional(),
});

export const getOrderItemsPayloadSchema = z.looseObject({
  AmazonOrderId: z.string(),
  OrderItems: z.array(orderItemSchema),
  NextToken: z.string().optional(),
});

export const orderAddressSchema = z.looseObject({
  AmazonOrderId: z.string(),
  BuyerCompanyName: z.string().optional(),
  ShippingAddress: addressSchema.optional(),
});

export const orderBuyerInfoSchema = z.looseObject({
  AmazonOrderId: z.string(),
  BuyerEmail: z.string().optional(),
  BuyerName: z.string().optional(),
  BuyerCounty: z.string().optional(),
  PurchaseOrderNumber: z.string().optional(),
});

/** Orders API v0 wraps every answer as `{payload, errors?}`. */
export const payloadOf = <T extends z.ZodType>(payload: T) => z.looseObject({ payload });

export type SpOrder = z.infer<typeof orderSchema>;
export type SpOrderItem = z.infer<typeof orderItemSchema>;
export type SpAddress = z.infer<typeof addressSchema>;
export type SpMoney = z.infer<typeof moneySchema>;
export type SpOrderAddress = z.infer<typeof orderAddressSchema>;
export type SpOrderBuyerInfo = z.infer<typeof orderBuyerInfoSchema>;
