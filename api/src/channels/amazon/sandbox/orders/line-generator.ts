// Order lines: products, quantities and Amazon's per-item money fields, computed in minor units so that
// OrderTotal is exactly the sum of its parts.
import type { Marketplace } from '../amazon/marketplaces.js';
import type { Money, OrderItem } from '../amazon/model-types.js';
import { localUnitPrice, money, taxOn } from '../amazon/money.js';
import type { Random } from '../random.js';
import { newOrderItemId } from './order-ids.js';
import type { SandboxProduct } from './products.js';

export interface LineOptions {
  marketplace: Marketplace;
  products: readonly SandboxProduct[];
  /** Quantity of every line; random 1-3 when absent. */
  quantity?: number;
  /** Amazon charges shipping on the first line when the order is not shipped free. */
  chargeShipping: boolean;
  isBusiness: boolean;
}

export interface GeneratedLines {
  items: OrderItem[];
  /** OrderTotal in minor units: items + item tax + shipping + shipping tax - promotions. */
  totalMinor: number;
}

/** Standard shipping charge in USD cents, converted like prices. */
const SHIPPING_USD = '4.99';

// Most money fields of most lines are zero, and a sandbox may hold 200,000 orders: the values that never
// change are shared, frozen objects rather than one copy per line.
const zeros = new Map<string, Money>();
function zero(marketplace: Marketplace): Money {
  let shared = zeros.get(marketplace.currency);
  if (!shared) {
    shared = Object.freeze(money(marketplace, 0));
    zeros.set(marketplace.currency, shared);
  }
  return shared;
}
const ONE_ITEM = Object.freeze({ NumberOfItems: '1' });
const NO_PROMOTIONS: string[] = Object.freeze([]) as unknown as string[];
const US_TAX_COLLECTION = Object.freeze({
  Model: 'MarketplaceFacilitator',
  ResponsibleParty: 'Amazon Services, Inc.',
} as const);

export function generateLines(random: Random, options: LineOptions): GeneratedLines {
  const { marketplace } = options;
  const m = (minor: number) => (minor === 0 ? zero(marketplace) : money(marketplace, minor));
  const usedIds = new Set<string>();
  let totalMinor = 0;

  const items = options.products.map((product, index): OrderItem => {
    const quantity = options.quantity ?? random.pick([1, 1, 1, 1, 2, 2, 3]);
    const itemPrice = localUnitPrice(product.price, marketplace) * quantity;
    const itemTax = taxOn(itemPrice, marketplace.taxPercent);
    const shipping = options.chargeShipping && index === 0 ? localUnitPrice(SHIPPING_USD, marketplace) : 0;
    const shippingTax = taxOn(shipping, marketplace.taxPercent);
    const promoted = random.chance(0.08);
    const promotion = promoted ? Math.round(itemPrice / 10) : 0;
    totalMinor += itemPrice + itemTax + shipping + shippingTax - promotion;

    let orderItemId = newOrderItemId(random);
    while (usedIds.has(orderItemId)) orderItemId = newOrderItemId(random);
    usedIds.add(orderItemId);
    const used = random.chance(0.05);

    return {
      ASIN: product.asin,
      SellerSKU: product.sku,
      OrderItemId: orderItemId,
      Title: product.name,
      QuantityOrdered: quantity,
      QuantityShipped: 0,
      ProductInfo: ONE_ITEM,
      ItemPrice: m(itemPrice),
      ItemTax: m(itemTax),
      ShippingPrice: m(shipping),
      ShippingTax: m(shippingTax),
      ShippingDiscount: m(0),
      ShippingDiscountTax: m(0),
      PromotionDiscount: m(promotion),
      PromotionDiscountTax: m(0),
      PromotionIds: promoted ? [`PLM_${random.int(10_000_000, 99_999_999)}`] : NO_PROMOTIONS,
      IsGift: random.chance(0.05) ? 'true' : 'false',
      ConditionId: used ? 'Used' : 'New',
      ConditionSubtypeId: used ? random.pick(['Very Good', 'Good', 'Acceptable']) : 'New',
      ...(used ? { ConditionNote: 'Light signs of use, complete with original packaging.' } : {}),
      ...(options.isBusiness && random.chance(0.5) ? { PriceDesignation: 'BusinessPrice' as const } : {}),
      ...(marketplace.countryCode === 'US' ? { TaxCollection: US_TAX_COLLECTION } : {}),
      IsTransparency: false,
      SerialNumberRequired: false,
    };
  });
  return { items, totalMinor };
}
