import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from '../src/sales/money.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { syncOnce } from './support/sync-helpers.js';
import { documentHelpers } from './support/documents.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();
const {
  sync,
  importedOrder,
  chargeShipping,
  commerce,
  lines,
  history,
  invoice,
  cancelOnAmazon,
  reservedFor,
} = documentHelpers(ctx);

describe('an invoiced order canceled on Amazon', () => {
  it('gets an offline credit memo for what was invoiced, is then closed, and its stock is released once', async () => {
    const { amazonId, orderId } = await importedOrder();
    await chargeShipping(orderId);
    expect((await invoice(orderId)).status).toBe(201);
    expect(await reservedFor(amazonId)).toBe(3);

    await cancelOnAmazon(amazonId, 'buyer');
    await sync();
    await syncOnce(ctx.server.services.sync, ctx.storeId, { fromScratch: true });

    const order = await commerce(orderId);
    expect(order).toMatchObject({ status: 'closed', total_refunded: order.total_paid });
    const memos = await ctx.server.knex('sales_credit_memos').where({ order_id: orderId });
    expect(memos).toHaveLength(1);
    expect(memos[0]).toMatchObject({
      is_offline: true,
      state: 'refunded',
      shipping_refund: '5.99',
      grand_total: order.grand_total,
    });
    expect((await lines(orderId))[0]).toMatchObject({ qty_invoiced: 3, qty_refunded: 3, qty_canceled: 0 });
    const memoEntry = (await history(orderId)).find((entry) => entry.comment.includes('Credit memo #'));
    expect(memoEntry).toMatchObject({ status: 'closed', author: 'Amazon sync' });
    expect(memoEntry.comment).toContain('Canceled on Amazon by the buyer');

    const amazon = await ctx.server.knex('amazon_orders').where({ amazon_order_id: amazonId }).first();
    expect(amazon).toMatchObject({
      status: 'Canceled',
      canceled_by: 'buyer',
      inventory_reserved: false,
      last_action: 'Canceled on Amazon by the buyer; 3 units released',
    });
    expect(await reservedFor(amazonId)).toBe(0);
    const releases = await ctx.server
      .knex('inventory_reservations as r')
      .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
      .where({ 'i.order_id': amazon.id, 'r.cause': 'order_canceled' });
    expect(releases).toHaveLength(1);
    const audit = await ctx.server
      .knex('audit_log')
      .whereIn('action', ['orders.credit-memo-created', 'amazon-orders.canceled-on-amazon'])
      .where((q) => q.where({ record_id: String(orderId) }).orWhere({ record_id: amazonId }));
    expect(audit.map((row) => row.action).sort()).toEqual([
      'amazon-orders.canceled-on-amazon',
      'orders.credit-memo-created',
    ]);
  });

  it('partly invoiced: the invoiced unit is refunded offline and the rest canceled', async () => {
    const { amazonId, orderId } = await importedOrder();
    const [a] = await lines(orderId);
    expect((await invoice(orderId, { items: [{ order_item_id: a.id, qty: 1 }] })).status).toBe(201);

    await cancelOnAmazon(amazonId, 'seller');
    await sync();

    const order = await commerce(orderId);
    expect(order.status).toBe('canceled');
    expect(order.total_refunded).toBe(order.total_paid);
    expect(order.total_canceled).toBe(fromCents(toCents(order.grand_total) - toCents(order.total_paid)));
    expect((await lines(orderId))[0]).toMatchObject({ qty_invoiced: 1, qty_refunded: 1, qty_canceled: 2 });
    const entries = await history(orderId);
    expect(entries.filter((entry) => entry.comment.includes('Credit memo #'))).toHaveLength(1);
    const canceled = entries.filter((entry) => entry.status === 'canceled');
    expect(canceled).toHaveLength(1);
    expect(canceled[0].comment).toContain('Canceled on Amazon by the seller');
    expect(await reservedFor(amazonId)).toBe(0);
  });

  it('a staff cancel that Amazon accepts goes the same way', async () => {
    const { amazonId, orderId } = await importedOrder();
    expect((await invoice(orderId)).status).toBe(201);
    const res = await ctx.fulfillment.post(`/api/amazon-orders/${amazonId}/cancel`, {
      reason: 'NoInventory',
    });
    expect(res.status).toBe(202);
    await drainOutbox(ctx.server);
    expect(await commerce(orderId)).toMatchObject({ status: 'closed' });
    expect(await ctx.server.knex('sales_credit_memos').where({ order_id: orderId })).toHaveLength(1);
    expect(await ctx.server.knex('amazon_orders').where({ amazon_order_id: amazonId }).first()).toMatchObject(
      {
        cancellation_state: 'confirmed',
        canceled_by: 'staff',
      },
    );
    expect(await reservedFor(amazonId)).toBe(0);
  });
});
