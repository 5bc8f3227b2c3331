// What Amazon shows of an order through Orders API 2026-01-01 getOrder, built from the same stored order
// as the v0 views (and under the same per-status rules: no address before payment or after a cancellation,
// no item prices while Pending). `includedData` picks the datasets; the sandbox fills BUYER, RECIPIENT,
// PROCEEDS (the grand total), FULFILLMENT and CANCELLATION, and accepts the others without adding anything.
// CANCELLATION is what v0 cannot show: who cancelled (cancellationExecution) and the buyer's request.
import type { Address, Money, OrderStatus } from '../amazon/model-types.js';
import { findMarketplace } from '../amazon/marketplaces.js';
import { formatAmount, minorUnitsOf } from '../amazon/money.js';
import type {
  CustomerAddress,
  FulfillmentStatus2026,
  IncludedData,
  ItemCancellation,
  Money2026,
  Order2026,
  OrderItem2026,
} from '../amazon/orders-2026-types.js';
import { publicItems, publicOrder } from './public-views.js';
import type { CancelActor, SandboxOrder } from './sandbox-order.js';

const FULFILLMENT_STATUS: Readonly<Record<OrderStatus, FulfillmentStatus2026>> = {
  PendingAvailability: 'PENDING_AVAILABILITY',
  Pending: 'PENDING',
  Unshipped: 'UNSHIPPED',
  PartiallyShipped: 'PARTIALLY_SHIPPED',
  Shipped: 'SHIPPED',
  Canceled: 'CANCELLED',
  Unfulfillable: 'UNFULFILLABLE',
  // Everything has shipped; the 2026 model has no status for the missing invoice.
  InvoiceUnconfirmed: 'SHIPPED',
};

/** Who cancelled, as the 2026 model writes it: the seller is MERCHANT. */
export const CANCELLED_BY: Readonly<Record<CancelActor, 'BUYER' | 'AMAZON' | 'MERCHANT'>> = {
  buyer: 'BUYER',
  amazon: 'AMAZON',
  seller: 'MERCHANT',
};

/** v0's CamelCase and spaced values ("NextDay", "Very Good") as the 2026 model's ("NEXT_DAY", "VERY_GOOD"). */
function upperSnake(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toUpperCase();
}

const money2026 = (money: Money): Money2026 => ({ amount: money.Amount, currencyCode: money.CurrencyCode });

function range(earliest: string | undefined, latest: string | undefined) {
  if (!earliest && !latest) return undefined;
  return {
    ...(earliest ? { earliestDateTime: earliest } : {}),
    ...(latest ? { latestDateTime: latest } : {}),
  };
}

function customerAddress(address: Address): CustomerAddress {
  const out: CustomerAddress = {
    name: address.Name,
    companyName: address.CompanyName,
    addressLine1: address.AddressLine1,
    addressLine2: address.AddressLine2,
    city: address.City,
    districtOrCounty: address.County,
    stateOrRegion: address.StateOrRegion,
    postalCode: address.PostalCode,
    countryCode: address.CountryCode,
    phone: address.Phone,
    addressType: address.AddressType ? (upperSnake(address.AddressType) as 'RESIDENTIAL') : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CustomerAddress;
}

/** v0's ItemPrice is the line's price (unit price x quantity); 2026 gives the unit price. */
function unitPrice(entry: SandboxOrder, itemPrice: Money, quantity: number): Money2026 {
  const digits = findMarketplace(entry.order.MarketplaceId)?.minorDigits ?? 2;
  const unit = Math.round(minorUnitsOf(itemPrice.Amount, digits) / Math.max(1, quantity));
  return { amount: formatAmount(unit, digits), currencyCode: itemPrice.CurrencyCode };
}

function itemCancellation(
  entry: SandboxOrder,
  buyerRequest: { reason?: string } | undefined,
): ItemCancellation | undefined {
  const { cancellation } = entry;
  if (!cancellation && !buyerRequest) return undefined;
  return {
    ...(buyerRequest
      ? {
          cancellationRequest: {
            requester: 'BUYER',
            ...(buyerRequest.reason ? { cancelReason: buyerRequest.reason } : {}),
          },
        }
      : {}),
    ...(cancellation
      ? {
          cancellationExecution: {
            cancelledBy: CANCELLED_BY[cancellation.by],
            ...(cancellation.reason ? { cancelReason: cancellation.reason } : {}),
          },
        }
      : {}),
  };
}

export function publicOrder2026(entry: SandboxOrder, included: ReadonlySet<IncludedData>): Order2026 {
  const order = publicOrder(entry);
  const canceled = order.OrderStatus === 'Canceled';
  const programs = [
    ...(order.IsPrime ? ['PRIME'] : []),
    ...(order.IsBusinessOrder ? ['AMAZON_BUSINESS'] : []),
    ...(order.IsPremiumOrder ? ['PREMIUM'] : []),
    ...(order.IsISPU ? ['IN_STORE_PICK_UP'] : []),
  ];
  const items = publicItems(entry).map((item): OrderItem2026 => {
    const buyerRequest =
      item.BuyerRequestedCancel?.IsBuyerRequestedCancel === 'true'
        ? { reason: item.BuyerRequestedCancel.BuyerCancelReason }
        : undefined;
    const cancellation = included.has('CANCELLATION') ? itemCancellation(entry, buyerRequest) : undefined;
    return {
      orderItemId: item.OrderItemId,
      quantityOrdered: item.QuantityOrdered,
      product: {
        asin: item.ASIN,
        title: item.Title,
        sellerSku: item.SellerSKU,
        condition: {
          conditionType: upperSnake(item.ConditionId),
          conditionSubtype: upperSnake(item.ConditionSubtypeId),
          ...(item.ConditionNote ? { conditionNote: item.ConditionNote } : {}),
        },
        ...(item.ItemPrice
          ? {
              price: {
                unitPrice: unitPrice(entry, item.ItemPrice, item.QuantityOrdered),
                ...(item.PriceDesignation ? { priceDesignation: 'BUSINESS_PRICE' as const } : {}),
              },
            }
          : {}),
      },
      ...(cancellation ? { cancellation } : {}),
      ...(included.has('FULFILLMENT')
        ? {
            fulfillment: {
              quantityFulfilled: item.QuantityShipped,
              quantityUnfulfilled: canceled ? 0 : item.QuantityOrdered - item.QuantityShipped,
            },
          }
        : {}),
    };
  });
  const shipBy = range(order.EarliestShipDate, order.LatestShipDate);
  const deliverBy = range(order.EarliestDeliveryDate, order.LatestDeliveryDate);
  const buyer = {
    ...(order.BuyerInfo.BuyerName ? { buyerName: order.BuyerInfo.BuyerName } : {}),
    ...(order.BuyerInfo.BuyerEmail ? { buyerEmail: order.BuyerInfo.BuyerEmail } : {}),
    ...(entry.buyerCompanyName ? { buyerCompanyName: entry.buyerCompanyName } : {}),
    ...(order.BuyerInfo.PurchaseOrderNumber
      ? { buyerPurchaseOrderNumber: order.BuyerInfo.PurchaseOrderNumber }
      : {}),
  };
  return {
    orderId: order.AmazonOrderId,
    ...(order.SellerOrderId
      ? { orderAliases: [{ aliasId: order.SellerOrderId, aliasType: 'SELLER_ORDER_ID' as const }] }
      : {}),
    createdTime: order.PurchaseDate,
    lastUpdatedTime: order.LastUpdateDate,
    ...(programs.length > 0 ? { programs } : {}),
    salesChannel: {
      channelName: 'AMAZON',
      marketplaceId: order.MarketplaceId,
      marketplaceName: order.SalesChannel,
    },
    ...(included.has('BUYER') ? { buyer } : {}),
    // No address before payment or after a cancellation (as in v0): no recipient then.
    ...(included.has('RECIPIENT') && order.ShippingAddress
      ? { recipient: { deliveryAddress: customerAddress(order.ShippingAddress) } }
      : {}),
    ...(included.has('PROCEEDS') ? { proceeds: { grandTotal: money2026(order.OrderTotal) } } : {}),
    ...(included.has('FULFILLMENT')
      ? {
          fulfillment: {
            fulfillmentStatus: FULFILLMENT_STATUS[order.OrderStatus],
            fulfilledBy: order.FulfillmentChannel === 'AFN' ? 'AMAZON' : 'MERCHANT',
            fulfillmentServiceLevel: upperSnake(order.ShipmentServiceLevelCategory),
            ...(shipBy ? { shipByWindow: shipBy } : {}),
            ...(deliverBy ? { deliverByWindow: deliverBy } : {}),
          },
        }
      : {}),
    orderItems: items,
  };
}
