// A new Amazon order, as Amazon would create it at checkout: Pending, with its buyer, address, lines and
// the shipping promises of its service level. Moving it on (payment, shipment, cancellation) is
// order-lifecycle.ts's job.
import type { Marketplace } from '../amazon/marketplaces.js';
import type { FulfillmentChannel, Order, PaymentMethod } from '../amazon/model-types.js';
import { toAmazonDate } from '../amazon/iso-time.js';
import { money } from '../amazon/money.js';
import type { Random } from '../random.js';
import { generateBuyer } from './buyer-generator.js';
import { generateLines } from './line-generator.js';
import { newAmazonOrderId } from './order-ids.js';
import type { ProductPool } from './products.js';
import type { SandboxOrder } from './sandbox-order.js';

export interface OrderGeneratorContext {
  random: Random;
  products: ProductPool;
  /** Chance that a line uses a disabled or out-of-stock SKU. */
  problemSkuRate: number;
  isTaken(amazonOrderId: string): boolean;
}

export interface NewOrderRequest {
  marketplace: Marketplace;
  purchaseMs: number;
  fulfillmentChannel?: FulfillmentChannel;
  /** Exactly these SKUs, one line each; otherwise 1-4 lines from the catalog. */
  skus?: readonly string[];
  quantity?: number;
}

const DAY_MS = 86_400_000;

type Category = 'Standard' | 'FreeEconomy' | 'Expedited' | 'SecondDay' | 'NextDay';

function serviceCategory(random: Random, isPrime: boolean, isPremium: boolean): Category {
  if (isPremium) return random.pick(['NextDay', 'Expedited'] as const);
  if (isPrime) return random.pick(['SecondDay', 'SecondDay', 'NextDay', 'Expedited'] as const);
  return random.pick(['Standard', 'Standard', 'Standard', 'FreeEconomy', 'Expedited'] as const);
}

// Shared and frozen: identical in most orders, and a sandbox may hold 200,000 of them.
const PAYMENT_DETAILS = {
  COD: Object.freeze(['COD']) as unknown as string[],
  CVS: Object.freeze(['CVS']) as unknown as string[],
  Other: Object.freeze(['Standard']) as unknown as string[],
};
const NO_AUTOMATED_SHIPPING = Object.freeze({ HasAutomatedShippingSettings: false });

function payment(random: Random, marketplace: Marketplace): { method: PaymentMethod; details: string[] } {
  // Cash on delivery and convenience-store payment exist in Japan (and COD in Mexico).
  const method: PaymentMethod =
    (marketplace.countryCode === 'JP' && random.chance(0.05)) ||
    (marketplace.countryCode === 'MX' && random.chance(0.03))
      ? 'COD'
      : marketplace.countryCode === 'JP' && random.chance(0.04)
        ? 'CVS'
        : 'Other';
  return { method, details: PAYMENT_DETAILS[method] };
}

/** Seller-fulfilled orders carry the ship and delivery windows the seller committed to. */
function shippingWindows(purchaseMs: number, category: Category): Partial<Order> {
  const slow = category === 'Standard' || category === 'FreeEconomy';
  const latestShip = purchaseMs + (slow ? 2 : 1) * DAY_MS;
  const earliestDelivery = latestShip + (slow ? 2 : 1) * DAY_MS;
  return {
    EarliestShipDate: toAmazonDate(purchaseMs),
    LatestShipDate: toAmazonDate(latestShip),
    EarliestDeliveryDate: toAmazonDate(earliestDelivery),
    LatestDeliveryDate: toAmazonDate(earliestDelivery + (slow ? 3 : 1) * DAY_MS),
  };
}

export function generateOrder(ctx: OrderGeneratorContext, request: NewOrderRequest): SandboxOrder {
  const { random } = ctx;
  const { marketplace, purchaseMs } = request;
  const channel: FulfillmentChannel = request.fulfillmentChannel ?? (random.chance(0.2) ? 'AFN' : 'MFN');
  const isPrime = random.chance(0.3);
  const isBusiness = random.chance(0.1);
  const isPremium = random.chance(0.05);
  const category = serviceCategory(random, isPrime, isPremium);
  const products = request.skus
    ? request.skus.map((sku) => ctx.products.forSku(sku))
    : ctx.products.pick(random, random.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 4]), ctx.problemSkuRate);
  const lines = generateLines(random, {
    marketplace,
    products,
    ...(request.quantity !== undefined ? { quantity: request.quantity } : {}),
    chargeShipping: !isPrime && category !== 'FreeEconomy' && random.chance(0.6),
    isBusiness,
  });
  const buyer = generateBuyer(random, marketplace, isBusiness);
  const paid = payment(random, marketplace);
  const purchaseDate = toAmazonDate(purchaseMs);
  const slow = category === 'Standard' || category === 'FreeEconomy';
  const units = lines.items.reduce((sum, item) => sum + item.QuantityOrdered, 0);

  const order: Order = {
    AmazonOrderId: newAmazonOrderId(random, marketplace, ctx.isTaken),
    PurchaseDate: purchaseDate,
    LastUpdateDate: purchaseDate,
    OrderStatus: 'Pending',
    FulfillmentChannel: channel,
    SalesChannel: marketplace.salesChannel,
    ShipServiceLevel:
      channel === 'AFN'
        ? category
        : slow
          ? marketplace.shipServiceLevels.standard
          : marketplace.shipServiceLevels.expedited,
    OrderTotal: money(marketplace, lines.totalMinor),
    NumberOfItemsShipped: 0,
    NumberOfItemsUnshipped: units,
    PaymentMethod: paid.method,
    PaymentMethodDetails: paid.details,
    MarketplaceId: marketplace.id,
    ShipmentServiceLevelCategory: category,
    OrderType: 'StandardOrder',
    ...(channel === 'MFN' ? shippingWindows(purchaseMs, category) : {}),
    IsBusinessOrder: isBusiness,
    IsPrime: isPrime,
    IsPremiumOrder: isPremium,
    IsGlobalExpressEnabled: false,
    IsReplacementOrder: false,
    IsSoldByAB: false,
    IsISPU: false,
    IsAccessPointOrder: channel === 'MFN' && random.chance(0.03),
    HasRegulatedItems: false,
    ShippingAddress: buyer.shippingAddress,
    BuyerInfo: buyer.buyerInfo,
    AutomatedShippingSettings: NO_AUTOMATED_SHIPPING,
  };
  return {
    order,
    items: lines.items,
    purchaseMs,
    lastUpdateMs: purchaseMs,
    ...(buyer.companyName ? { buyerCompanyName: buyer.companyName } : {}),
    history: [{ at: purchaseDate, event: 'created', status: 'Pending' }],
  };
}
