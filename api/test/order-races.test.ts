import { describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { raceAmazonOrders, raceSessions, raceWebOrders } from './support/race-rounds.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';
import { testDbKind } from './support/test-database.js';

const ctx = useSandboxedServer();
let sessions: ApiClient[];
const sessionsOnce = async () => (sessions ??= await raceSessions(ctx));

/**
 * Cancel, ship, invoice, credit memo, hold and unhold fired at one order at the same moment from six
 * sessions of three users. The longer run (more rounds, on PostgreSQL) is in resilience/order-races.test.ts.
 */
describe('concurrent actions on one order', () => {
  it('web orders: one state at a time, documents and audit rows match the answers, the ledger moves once', async () => {
    const result = await raceWebOrders(ctx, await sessionsOnce(), {
      rounds: 10,
      actionsPerRound: 8,
      seed: 9,
    });
    expect(result.problems).toEqual([]);
    expect(result.requests).toBe(80);
    expect(result.statuses[409]).toBeGreaterThan(0);
    expect((result.statuses[200] ?? 0) + (result.statuses[201] ?? 0)).toBeGreaterThan(10);
  }, 120_000);

  it('Amazon orders: a cancellation sent to Amazon never meets a shipment, and the stock is released once', async () => {
    const result = await raceAmazonOrders(ctx, await sessionsOnce(), {
      rounds: 6,
      actionsPerRound: 8,
      seed: 3,
    });
    expect(result.problems).toEqual([]);
    expect(result.orders).toBe(6);
    expect(result.statuses[409]).toBeGreaterThan(0);
  }, 120_000);

  // The embedded database runs one transaction at a time: a request cannot wait on another's lock there.
  it.runIf(testDbKind === 'postgres')(
    'a cancellation that waited for a shipment to commit sees the shipped units and is refused (409)',
    async () => {
      const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
        count: 1,
        status: 'Unshipped',
        fulfillment_channel: 'MFN',
        skus: ['OD-HOM-002'],
        quantity: 1,
        age_seconds: 300,
        brief: true,
      });
      await syncOnce(ctx.server.services.sync, ctx.storeId);
      const { knex } = ctx.server;
      const amazon = await knex('amazon_orders').where({ amazon_order_id: order_ids[0] }).first('id');
      // What a shipment does in its transaction, held open: the Amazon order locked and touched, units shipped.
      const shipment = await knex.transaction();
      await shipment('amazon_orders').where({ id: amazon.id }).forUpdate().first('id');
      await shipment('amazon_orders').where({ id: amazon.id }).update({ last_action: 'Shipment being made' });
      await shipment('sales_order_items')
        .whereIn('order_id', knex('sales_orders').where({ amazon_order_id: amazon.id }).select('id'))
        .update({ qty_shipped: knex.raw('qty_ordered') });
      const cancel = ctx.fulfillment.post<{ message: string }>(`/api/amazon-orders/${order_ids[0]}/cancel`, {
        reason: 'NoInventory',
      });
      while (!(await knex.raw('select 1 from pg_locks where not granted')).rows.length)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await shipment.commit();
      const answer = await cancel;
      expect(answer.status, answer.text).toBe(409);
      expect(answer.body.message).toMatch(/has shipped units/);
      expect(await knex('amazon_orders').where({ id: amazon.id }).first('cancellation_state')).toEqual({
        cancellation_state: 'none',
      });
    },
  );
});
