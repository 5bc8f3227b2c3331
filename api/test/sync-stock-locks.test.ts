// A sync page takes every stock row it may touch at once, in SKU order, before it reserves, releases or
// ships: rows taken in several rounds could wait in a cycle on a transaction that takes them in one (a
// staff cancellation's answer, a shipment), which PostgreSQL ends as a deadlock.
import { describe, expect, it } from 'vitest';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';

const ctx = useSandboxedServer();
const sync = () => syncOnce(ctx.server.services.sync, ctx.storeId);

async function newOrder(sku: string): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: [sku],
    quantity: 1,
    age_seconds: 150,
    brief: true,
  });
  return order_ids[0]!;
}

describe('a sync page', () => {
  it('locks the stock of every SKU it may touch in its first lock, in SKU order', async () => {
    const canceled = await newOrder('OD-MUG-002');
    await sync();
    // One page: an order to cancel (releases OD-MUG-002) and a new one to reserve (OD-KIT-001).
    await ctx.sandbox.control(`/_sandbox/orders/${canceled}/status`, {
      status: 'Canceled',
      by: 'buyer',
      age_seconds: 140,
    });
    await newOrder('OD-KIT-001');
    const stockLocks: unknown[][] = [];
    const listen = (query: { sql: string; bindings?: unknown[] }) => {
      if (/inventory_stock/.test(query.sql) && /for update/i.test(query.sql))
        stockLocks.push(query.bindings ?? []);
    };
    ctx.server.knex.on('query', listen);
    try {
      const run = await sync();
      expect(run).toMatchObject({ status: 'succeeded', created: 1, canceled: 1 });
    } finally {
      ctx.server.knex.off('query', listen);
    }
    expect(stockLocks.length).toBeGreaterThan(0);
    expect(stockLocks[0]).toEqual(['OD-KIT-001', 'OD-MUG-002']);
  });
});
