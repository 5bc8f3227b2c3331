// Orders a sync sees for the first time are decided before they are stored and written once, in their final
// state (new-orders.ts): no second write of the Amazon order row, and an order another transaction stored
// meanwhile sends the page round again instead of being imported twice.
import { describe, expect, it } from 'vitest';
import {
  insertNewAmazonOrders,
  OrderStoredMeanwhileError,
} from '../src/channels/amazon/import/amazon-order-repository.js';
import { orderColumns } from '../src/channels/amazon/import/order-record.js';
import { inTransaction } from '../src/channels/amazon/sync/order-applier.js';
import { connectToSandbox } from './support/sandbox.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';

const ctx = useSandboxedServer();

async function newOrder(order: Record<string, unknown>): Promise<string> {
  const made = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    fulfillment_channel: 'MFN',
    quantity: 1,
    age_seconds: 300,
    brief: true,
    ...order,
  });
  return made.order_ids[0]!;
}

describe('orders seen for the first time', () => {
  it('are stored once, already imported, reserved or blocked', async () => {
    await ctx.server.knex('amazon_stores').where({ id: ctx.storeId }).update({ reserve_pending: true });
    await ctx.server.knex('inventory_stock').where({ sku: 'OD-KIT-001' }).update({ is_enabled: false });
    const imported = await newOrder({ status: 'Unshipped', skus: ['OD-MUG-002'] });
    const pending = await newOrder({ status: 'Pending', skus: ['OD-MUG-002'] });
    const blocked = await newOrder({ status: 'Unshipped', skus: ['OD-KIT-001'] });
    const statements: string[] = [];
    const listen = (query: { sql: string }) => void statements.push(query.sql);
    ctx.server.knex.on('query', listen);
    try {
      const run = await syncOnce(ctx.server.services.sync, ctx.storeId);
      expect(run).toMatchObject({ status: 'succeeded', created: 2, blocked: 1, errors: 0 });
    } finally {
      ctx.server.knex.off('query', listen);
    }
    expect(statements.filter((sql) => /^\s*update\s+"?amazon_orders"?\s/i.test(sql))).toEqual([]);

    const rows = await ctx.server
      .knex('amazon_orders as o')
      .leftJoin('sales_orders as s', 's.amazon_order_id', 'o.id')
      .whereIn('o.amazon_order_id', [imported, pending, blocked])
      .select(
        'o.amazon_order_id',
        'o.import_state',
        'o.import_error',
        'o.inventory_reserved',
        'o.last_action',
        's.increment_id',
      );
    const byId = new Map(rows.map((row) => [row.amazon_order_id, row]));
    const commerce = byId.get(imported)!;
    expect(commerce).toMatchObject({
      import_state: 'imported',
      import_error: null,
      inventory_reserved: true,
    });
    expect(commerce.last_action).toBe(`Imported as Commerce order #${commerce.increment_id}`);
    expect(byId.get(pending)).toMatchObject({
      import_state: 'not_imported',
      inventory_reserved: true,
      last_action: 'Stock reserved while Pending on Amazon',
      increment_id: null,
    });
    expect(byId.get(blocked)).toMatchObject({
      import_state: 'blocked',
      import_error: 'SKU "OD-KIT-001" is disabled',
      inventory_reserved: false,
      last_action: 'Import blocked: SKU "OD-KIT-001" is disabled',
      increment_id: null,
    });
    const ledger = await ctx.server
      .knex('inventory_reservations as r')
      .join('amazon_order_items as i', ctx.server.knex.raw("r.order_item_key = 'amazon-item:' || i.id"))
      .join('amazon_orders as o', 'o.id', 'i.order_id')
      .select('o.amazon_order_id', 'r.quantity', 'r.cause', 'r.metadata');
    expect(ledger.sort((a, b) => a.amazon_order_id.localeCompare(b.amazon_order_id))).toEqual(
      [
        {
          amazon_order_id: imported,
          quantity: -1,
          cause: 'order_placed',
          metadata: { amazonOrderId: imported },
        },
        {
          amazon_order_id: pending,
          quantity: -1,
          cause: 'order_placed',
          metadata: { amazonOrderId: pending, pending: true },
        },
      ].sort((a, b) => a.amazon_order_id.localeCompare(b.amazon_order_id)),
    );
  });

  it('are not written over when another transaction stored one meanwhile, and the page is tried again', async () => {
    const id = await newOrder({ status: 'Unshipped', skus: ['OD-MUG-002'] });
    await syncOnce(ctx.server.services.sync, ctx.storeId);
    const before = await ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first();
    const { client } = connectToSandbox(ctx.sandbox);
    const order = await client.orders.getOrder(id);
    const write = {
      amazon_order_id: id,
      ...orderColumns(order, 'Unshipped'),
      buyer_cancel_requested: false,
      buyer_cancel_reason: null,
      last_action: 'Imported as Commerce order #1',
      import_state: 'imported' as const,
      import_error: null,
      inventory_reserved: true,
    };
    let attempts = 0;
    await expect(
      inTransaction(ctx.server.knex, async (trx) => {
        attempts += 1;
        await insertNewAmazonOrders(trx, ctx.storeId, [write]);
      }),
    ).rejects.toBeInstanceOf(OrderStoredMeanwhileError);
    expect(attempts).toBe(3);
    expect(await ctx.server.knex('amazon_orders').where({ amazon_order_id: id }).first()).toEqual(before);
  });
});
