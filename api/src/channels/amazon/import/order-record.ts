import { AMAZON_ORDER_STATUSES, FULFILLMENT_CHANNELS, type AmazonOrderStatus } from '@orderdesk/migrations';
import type { SpAddress, SpMoney, SpOrder, SpOrderItem } from '../sp-api/schemas/orders.js';

/** Amazon's money amount as our decimal string (null when absent or not a number). */
function amount(money: SpMoney | undefined): string | null {
  const value = money?.Amount;
  return value !== undefined && /^-?\d+(\.\d+)?$/.test(value) ? value : null;
}

const isTrue = (value: unknown) => value === true || value === 'true';
const date = (value: string | undefined) =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value) : null;

/**
 * A status the models do not list is kept in `raw` and the order keeps its last known status (a new one
 * starts as Pending), so an Amazon novelty never stops a sync; the caller notes it in last_action.
 */
export function knownStatus(
  status: string,
  previous: AmazonOrderStatus | null,
): { status: AmazonOrderStatus; unknown: string | null } {
  if ((AMAZON_ORDER_STATUSES as readonly string[]).includes(status))
    return { status: status as AmazonOrderStatus, unknown: null };
  return { status: previous ?? 'Pending', unknown: status };
}

/** The amazon_orders columns Amazon's order payload sets (everything but our overlay). */
export function orderColumns(order: SpOrder, status: AmazonOrderStatus) {
  const channel = (FULFILLMENT_CHANNELS as readonly string[]).includes(order.FulfillmentChannel ?? '')
    ? order.FulfillmentChannel
    : null;
  return {
    status,
    purchase_date: new Date(order.PurchaseDate),
    last_update_date: new Date(order.LastUpdateDate),
    buyer_name: order.BuyerInfo?.BuyerName ?? order.ShippingAddress?.Name ?? null,
    buyer_email: order.BuyerInfo?.BuyerEmail ?? null,
    order_total: amount(order.OrderTotal),
    currency: order.OrderTotal?.CurrencyCode ?? null,
    fulfillment_channel: channel ?? null,
    marketplace_id: order.MarketplaceId ?? null,
    sales_channel: order.SalesChannel ?? null,
    order_type: order.OrderType ?? null,
    ship_service_level: order.ShipServiceLevel ?? null,
    shipment_service_level_category: order.ShipmentServiceLevelCategory ?? null,
    number_of_items_shipped: order.NumberOfItemsShipped ?? 0,
    number_of_items_unshipped: order.NumberOfItemsUnshipped ?? 0,
    earliest_ship_date: date(order.EarliestShipDate),
    latest_ship_date: date(order.LatestShipDate),
    latest_delivery_date: date(order.LatestDeliveryDate),
    is_prime: order.IsPrime ?? false,
    is_premium_order: order.IsPremiumOrder ?? false,
    is_business_order: order.IsBusinessOrder ?? false,
    is_replacement_order: isTrue(order.IsReplacementOrder),
    payment_method: order.PaymentMethod ?? null,
    // The object itself: the bulk insert's JSON document carries it as JSON, stored as a jsonb object
    // (a string here would be escaped twice and stored as a jsonb string).
    raw: order,
  };
}

export function itemColumns(item: SpOrderItem) {
  return {
    order_item_id: item.OrderItemId,
    asin: item.ASIN,
    seller_sku: item.SellerSKU ?? null,
    title: item.Title ?? null,
    quantity_ordered: item.QuantityOrdered,
    quantity_shipped: item.QuantityShipped ?? 0,
    condition_id: item.ConditionId ?? null,
    condition_subtype: item.ConditionSubtypeId ?? null,
    item_price: amount(item.ItemPrice),
    item_tax: amount(item.ItemTax),
    shipping_price: amount(item.ShippingPrice),
    shipping_tax: amount(item.ShippingTax),
    promotion_discount: amount(item.PromotionDiscount),
    currency: item.ItemPrice?.CurrencyCode ?? null,
    is_buyer_requested_cancel: isTrue(item.BuyerRequestedCancel?.IsBuyerRequestedCancel),
    buyer_cancel_reason: item.BuyerRequestedCancel?.BuyerCancelReason ?? null,
    raw: item,
  };
}

export function addressColumns(address: SpAddress) {
  const type =
    address.AddressType === 'Residential' || address.AddressType === 'Commercial'
      ? address.AddressType
      : null;
  return {
    name: address.Name ?? null,
    company_name: address.CompanyName ?? null,
    address_line1: address.AddressLine1 ?? null,
    address_line2: address.AddressLine2 ?? null,
    address_line3: address.AddressLine3 ?? null,
    city: address.City ?? null,
    county: address.County ?? null,
    district: address.District ?? null,
    municipality: address.Municipality ?? null,
    state_or_region: address.StateOrRegion ?? null,
    postal_code: address.PostalCode ?? null,
    country_code: address.CountryCode ?? null,
    phone: address.Phone ?? null,
    address_type: type,
  };
}
