// Generated orders look like Amazon's: totals that add up in the marketplace's currency, the expected mix
// of fulfilment channels and buyer types, real marketplace ids and sales channels, reproducible by seed.
import { DEMO_CATALOG } from '@orderdesk/migrations';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './app.js';
import { MARKETPLACES } from './amazon/marketplaces.js';
import { minorUnitsOf } from './amazon/money.js';
import { publicItems, publicOrder } from './orders/public-views.js';

describe('generated orders', () => {
  it('add up: OrderTotal = items + tax + shipping + shipping tax - promotions, in the right currency', () => {
    const sandbox = createSandbox({ random: 7 });
    for (const marketplace of MARKETPLACES) {
      const orders = sandbox.createOrders({
        count: 40,
        ageSeconds: 600,
        marketplaceId: marketplace.id,
        status: 'Unshipped',
      });
      for (const { order, items } of orders) {
        expect(order).toMatchObject({
          MarketplaceId: marketplace.id,
          SalesChannel: marketplace.salesChannel,
        });
        expect(order.BuyerInfo.BuyerEmail).toMatch(
          new RegExp(`^[a-z0-9]{15}@marketplace\\.amazon\\.${marketplace.emailDomain.replace('.', '\\.')}$`),
        );
        expect(order.ShippingAddress?.CountryCode).toBe(marketplace.countryCode);
        const decimals = marketplace.minorDigits === 0 ? /^\d+$/ : /^\d+\.\d{2}$/;
        const sum = items.reduce((total, item) => {
          for (const money of [
            item.ItemPrice,
            item.ItemTax,
            item.ShippingPrice,
            item.ShippingTax,
            item.PromotionDiscount,
          ]) {
            expect(money.CurrencyCode).toBe(marketplace.currency);
            expect(money.Amount).toMatch(decimals);
          }
          const m = (a: string) => minorUnitsOf(a, marketplace.minorDigits);
          return (
            total +
            m(item.ItemPrice.Amount) +
            m(item.ItemTax.Amount) +
            m(item.ShippingPrice.Amount) +
            m(item.ShippingTax.Amount) -
            m(item.PromotionDiscount.Amount)
          );
        }, 0);
        expect(order.OrderTotal.CurrencyCode).toBe(marketplace.currency);
        expect(order.OrderTotal.Amount).toMatch(decimals);
        expect(minorUnitsOf(order.OrderTotal.Amount, marketplace.minorDigits)).toBe(sum);
        expect(order.NumberOfItemsUnshipped).toBe(items.reduce((n, i) => n + i.QuantityOrdered, 0));
      }
    }
  });

  it('mixes channels, Prime, business orders, lines and quantities as a real shop sees them', () => {
    const orders = createSandbox({ random: 11 }).createOrders({ count: 2000, ageSeconds: 600 });
    const share = (test: (o: (typeof orders)[number]) => boolean) =>
      orders.filter(test).length / orders.length;
    expect(share((o) => o.order.FulfillmentChannel === 'AFN')).toBeGreaterThan(0.15);
    expect(share((o) => o.order.FulfillmentChannel === 'AFN')).toBeLessThan(0.25);
    expect(share((o) => o.order.IsPrime)).toBeGreaterThan(0.25);
    expect(share((o) => o.order.IsPrime)).toBeLessThan(0.35);
    expect(share((o) => o.order.IsBusinessOrder)).toBeGreaterThan(0.07);
    expect(share((o) => o.order.IsBusinessOrder)).toBeLessThan(0.13);
    expect(share((o) => o.order.IsPremiumOrder)).toBeGreaterThan(0.02);
    const lines = new Set(orders.map((o) => o.items.length));
    expect([...lines].sort()).toEqual([1, 2, 3, 4]);
    const quantities = new Set(orders.flatMap((o) => o.items.map((i) => i.QuantityOrdered)));
    expect([...quantities].sort()).toEqual([1, 2, 3]);
    // Now and then a disabled or out-of-stock SKU, so blocked imports can be shown; never most of the time.
    const problems = new Set(DEMO_CATALOG.filter((p) => !p.is_enabled || p.on_hand === 0).map((p) => p.sku));
    const blocked = share((o) => o.items.some((i) => problems.has(i.SellerSKU)));
    expect(blocked).toBeGreaterThan(0.01);
    expect(blocked).toBeLessThan(0.12);
    expect(new Set(orders.map((o) => o.AmazonOrderId)).size).toBe(orders.length);
  });

  it('is reproducible from a seed', () => {
    const make = () =>
      createSandbox({ random: 99 })
        .createOrders({ count: 5, ageSeconds: 600, marketplaceId: 'A1VC38T7YXB528' })
        .map((o) => ({
          id: o.AmazonOrderId,
          items: o.items,
          address: o.order.ShippingAddress,
          buyer: o.order.BuyerInfo,
        }));
    expect(make()).toEqual(make());
  });

  it('shows what Amazon shows per status: no address or item prices while Pending', () => {
    const sandbox = createSandbox({ random: 3 });
    const [pending] = sandbox.createOrders({ count: 1, ageSeconds: 600, fulfillmentChannel: 'MFN' });
    const entry = sandbox.state.orders.get(pending!.AmazonOrderId)!;
    expect(publicOrder(entry).ShippingAddress).toBeUndefined();
    expect(publicItems(entry)[0]).not.toHaveProperty('ItemPrice');
    expect(publicItems(entry)[0]).toHaveProperty('SellerSKU');
    const [unshipped] = sandbox.createOrders({ count: 1, ageSeconds: 600, status: 'Unshipped' });
    const paid = sandbox.state.orders.get(unshipped!.AmazonOrderId)!;
    expect(publicOrder(paid).ShippingAddress?.Name).toBeTruthy();
    expect(publicItems(paid)[0]?.ItemPrice).toBeDefined();
  });

  it('keeps at most maxOrders, dropping the oldest', () => {
    const sandbox = createSandbox({ random: 5, maxOrders: 10 });
    const first = sandbox.createOrders({ count: 4, ageSeconds: 600 });
    sandbox.createOrders({ count: 10, ageSeconds: 600 });
    expect(sandbox.state.orders.size).toBe(10);
    expect(sandbox.state.orders.has(first[0]!.AmazonOrderId)).toBe(false);
  });

  it('starts with a varied backlog past the two-minute rule', () => {
    const sandbox = createSandbox({ random: 8, backlogOrders: 200 });
    const all = [...sandbox.state.orders.values()];
    expect(all).toHaveLength(200);
    const statuses = new Set(all.map((o) => o.order.OrderStatus));
    for (const status of ['Pending', 'Unshipped', 'Shipped', 'Canceled']) expect(statuses).toContain(status);
    expect(all.every((o) => o.lastUpdateMs <= Date.now() - 120_000)).toBe(true);
    expect(new Set(all.map((o) => o.cancellation?.by).filter(Boolean)).size).toBeGreaterThan(1);
  });
});
