import { AMAZON_CANCEL_REASONS } from '@orderdesk/migrations';
import { describe, expect, it } from 'vitest';
import { cancelReleasesOf, reservedFor as reservedForOrder } from './support/order-ledger.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { syncOnce } from './support/sync-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';

const ctx = useSandboxedServer();

const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);
async function newOrder(status: string, extra: Record<string, unknown> = {}): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status,
    fulfillment_channel: 'MFN',
    skus: ['OD-KIT-001'],
    quantity: 2,
    age_seconds: 150,
    brief: true,
    ...extra,
  });
  await sync();
  return order_ids[0]!;
}
const amazonOrder = (id: string) => ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first();
const commerceOrder = async (id: string) =>
  ctx.server
    .knex('sales_orders')
    .where({ amazon_order_id: (await amazonOrder(id)).id })
    .first();
const reservedFor = (id: string) => reservedForOrder(ctx.server.knex, id);
const feedsFor = async (id: string) =>
  (
    await ctx.sandbox.get<{ feeds: { messages: { amazonOrderId: string }[] }[] }>('/_sandbox/feeds')
  ).feeds.filter((feed) => JSON.stringify(feed).includes(id));

describe('staff cancel an Unshipped Amazon order', () => {
  it('requests it (202), sends one feed, and once Amazon accepts cancels the Commerce order and releases the stock', async () => {
    const id = await newOrder('Unshipped');
    expect(await reservedFor(id)).toBe(2);

    const res = await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' });
    expect(res.status).toBe(202);
    expect(res.body as Record<string, unknown>).toMatchObject({
      id,
      cancellation_state: 'requested',
      cancellation_reason: 'NoInventory',
    });
    expect(await reservedFor(id)).toBe(2); // nothing released before Amazon says yes

    expect(await drainOutbox(ctx.server)).toBe(1);
    expect(await amazonOrder(id)).toMatchObject({
      cancellation_state: 'confirmed',
      canceled_by: 'staff',
      inventory_reserved: false,
    });
    expect(await reservedFor(id)).toBe(0);
    expect(await commerceOrder(id)).toMatchObject({ status: 'canceled' });
    expect(await feedsFor(id)).toHaveLength(1);
    const sandboxOrder = await ctx.sandbox.get<{ order: { OrderStatus: string } }>(`/_sandbox/orders/${id}`);
    expect(sandboxOrder.order.OrderStatus).toBe('Canceled');

    // The next syncs see it Canceled on Amazon: nothing is released or canceled twice.
    await syncOnce(ctx.server.services.sync, ctx.storeId, { fromScratch: true });
    expect(await reservedFor(id)).toBe(0);
    const releases = await cancelReleasesOf(ctx.server.knex, id);
    expect(releases).toHaveLength(1);
    expect(await drainOutbox(ctx.server)).toBe(0);
  });

  it('refuses what the rules forbid, each with a status and a message', async () => {
    const pending = await newOrder('Pending');
    const shipped = await newOrder('Shipped');
    const partly = await newOrder('PartiallyShipped', { quantity: 3 });
    const canceled = await newOrder('Canceled');
    for (const [id, status] of [
      [pending, 'Pending'],
      [shipped, 'Shipped'],
      [partly, 'PartiallyShipped'],
      [canceled, 'Canceled'],
    ] as const) {
      const res = await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' });
      expect(res.status, status).toBe(409);
      expect((res.body as { message: string }).message).toContain(status);
    }

    const open = await newOrder('Unshipped');
    const bad = await ctx.fulfillment.post(`/api/amazon-orders/${open}/cancel`, { reason: 'ChangedMyMind' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('NoInventory');
    expect((await ctx.fulfillment.post(`/api/amazon-orders/${open}/cancel`, {})).status).toBe(400);
    const support = await ctx.server.loginAs('support');
    expect((await support.post(`/api/amazon-orders/${open}/cancel`, { reason: 'NoInventory' })).status).toBe(
      403,
    );
    expect(
      (await ctx.server.anonymous().post(`/api/amazon-orders/${open}/cancel`, { reason: 'NoInventory' }))
        .status,
    ).toBe(401);
    expect(
      (await ctx.fulfillment.post('/api/amazon-orders/999-0000000-0000000/cancel', { reason: 'NoInventory' }))
        .status,
    ).toBe(404);
    expect(await amazonOrder(open)).toMatchObject({ cancellation_state: 'none' });

    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${open}/cancel`, { reason: 'BuyerCanceled' })).status,
    ).toBe(202);
    const again = await ctx.fulfillment.post(`/api/amazon-orders/${open}/cancel`, {
      reason: 'BuyerCanceled',
    });
    expect(again.status).toBe(409);
    expect((again.body as { message: string }).message).toMatch(/already waiting/);
    await drainOutbox(ctx.server);
  });

  it('accepts every one of Amazon ten reasons for admin, manager and ctx.fulfillment', async () => {
    const clients = await Promise.all(
      ['admin', 'manager', 'fulfillment'].map((role) => ctx.server.loginAs(role)),
    );
    for (const [index, reason] of AMAZON_CANCEL_REASONS.entries()) {
      const id = await newOrder('Unshipped');
      const client = clients[index % clients.length]!;
      const res = await client.post(`/api/amazon-orders/${id}/cancel`, { reason });
      expect(res.status, reason).toBe(202);
    }
    await drainOutbox(ctx.server);
  });

  it('takes exactly one of 50 concurrent requests: one feed, stock released once', async () => {
    const id = await newOrder('Unshipped');
    const clients = await Promise.all(
      ['admin', 'manager', 'fulfillment'].map((role) => ctx.server.loginAs(role)),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        clients[i % clients.length]!.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' }),
      ),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    await drainOutbox(ctx.server);
    expect(await feedsFor(id)).toHaveLength(1);
    expect(await reservedFor(id)).toBe(0);
    const releases = await cancelReleasesOf(ctx.server.knex, id);
    expect(releases).toHaveLength(1);
  });

  it('keeps the stock reserved and says why when Amazon refuses', async () => {
    const id = await newOrder('Unshipped');
    await ctx.sandbox.control('/_sandbox/feeds/refuse-next', {
      amazon_order_id: id,
      message: 'Order already packed at the warehouse',
    });
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    await drainOutbox(ctx.server);
    const row = await amazonOrder(id);
    expect(row.cancellation_state).toBe('refused');
    expect(row.cancellation_error).toContain('Order already packed at the warehouse');
    expect(await reservedFor(id)).toBe(2);
    expect(await commerceOrder(id)).toMatchObject({ status: 'processing' });
    // Refused is not final: staff may ask again.
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    await drainOutbox(ctx.server);
    expect(await amazonOrder(id)).toMatchObject({ cancellation_state: 'confirmed' });
  });

  it('lets a sync that brings Shipped win over a pending cancel: shipped, deducted once, cancel refused, no feed', async () => {
    const id = await newOrder('Unshipped');
    const before = await ctx.server.knex('inventory_stock').where({ sku: 'OD-KIT-001' }).first();
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    await ctx.sandbox.control(`/_sandbox/orders/${id}/status`, { status: 'Shipped', age_seconds: 150 });
    await sync();
    const row = await amazonOrder(id);
    expect(row).toMatchObject({ status: 'Shipped', cancellation_state: 'refused' });
    expect(row.cancellation_error).toMatch(/Shipped before the cancellation reached it/);
    await drainOutbox(ctx.server);
    expect(await feedsFor(id)).toHaveLength(0);
    expect(await reservedFor(id)).toBe(0);
    const after = await ctx.server.knex('inventory_stock').where({ sku: 'OD-KIT-001' }).first();
    expect(after.on_hand).toBe(before.on_hand - 2);
    expect(await commerceOrder(id)).toMatchObject({ status: 'complete' });
  });

  it('keeps a command that cannot reach Amazon visible, and sends it again on Retry', async () => {
    const id = await newOrder('Unshipped');
    await ctx.sandbox.control('/_sandbox/faults', {
      operation: 'createFeedDocument',
      status: 403,
      count: 1000,
    });
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    await drainOutbox(ctx.server);
    expect((await amazonOrder(id)).cancellation_error).toMatch(/Use Retry/);
    expect(
      (
        await ctx.server
          .knex('outbox')
          .where({ aggregate_id: String((await amazonOrder(id)).id) })
          .first()
      ).status,
    ).toBe('dead');

    await fetch(`${ctx.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    const retried = await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel/retry`, {});
    expect(retried.status).toBe(202);
    await drainOutbox(ctx.server);
    expect(await amazonOrder(id)).toMatchObject({
      cancellation_state: 'confirmed',
      cancellation_error: null,
    });
    const support = await ctx.server.loginAs('support');
    expect((await support.post(`/api/amazon-orders/${id}/cancel/retry`, {})).status).toBe(403);
    expect((await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel/retry`, {})).status).toBe(409);
  });

  it('takes a refusal for an order that an earlier feed of ours already canceled as confirmed', async () => {
    const id = await newOrder('Unshipped');
    expect(
      (await ctx.fulfillment.post(`/api/amazon-orders/${id}/cancel`, { reason: 'NoInventory' })).status,
    ).toBe(202);
    // What a createFeed that timed out here but reached Amazon leaves behind: the order canceled by the seller.
    await ctx.sandbox.control(`/_sandbox/orders/${id}/status`, { status: 'Canceled', by: 'seller' });
    await drainOutbox(ctx.server);
    expect(await amazonOrder(id)).toMatchObject({ cancellation_state: 'confirmed', canceled_by: 'staff' });
    expect(await reservedFor(id)).toBe(0);
    expect(await commerceOrder(id)).toMatchObject({ status: 'canceled' });
  });
});
