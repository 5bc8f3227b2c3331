import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { InventoryService } from '../../src/inventory/service.js';
import { SalesService } from '../../src/sales/service.js';

const sales = new SalesService();
const inventory = new InventoryService();

/**
 * A web-store order: one line per SKU of `quantity` units at 49.00,
 * its stock reserved under `order-item:<id>`, as the web store would have left it. Answers its id.
 */
export async function createWebOrder(
  knex: Knex,
  options: { skus?: readonly string[]; quantity?: number; status?: CommerceOrderStatus } = {},
): Promise<number> {
  const { skus = ['OD-MUG-002'], quantity = 2, status = 'processing' } = options;
  return knex.transaction(async (trx) => {
    const created = await sales.createOrder(trx, {
      channel: 'web',
      amazonOrderRowId: null,
      incrementId: null,
      storeCode: 'default',
      status,
      customer: { email: 'web.buyer@example.com', name: 'Web Buyer', createAccount: false },
      currency: 'USD',
      shippingAmount: '0.00',
      shippingTax: '0.00',
      paymentMethod: 'checkmo',
      shippingMethod: null,
      shippingDescription: null,
      items: skus.map((sku) => ({
        sku,
        name: `Item ${sku}`,
        quantity,
        rowPrice: (49 * quantity).toFixed(2),
        rowTax: '0.00',
        rowDiscount: '0.00',
        amazonOrderItemId: null,
      })),
      shippingAddress: null,
      comment: 'Placed on the web store',
      author: 'test',
    });
    const items: { id: number; sku: string; qty_ordered: number }[] = await trx('sales_order_items').where({
      order_id: created.id,
    });
    const shortfall = await inventory.reserve(
      trx,
      items.map((item) => ({ key: `order-item:${item.id}`, sku: item.sku, quantity: item.qty_ordered })),
      { orderId: created.id },
    );
    if (shortfall) throw new Error(`could not reserve: ${JSON.stringify(shortfall)}`);
    return created.id;
  });
}
