import { describe, expect, it } from 'vitest';
import { drainOutbox } from './support/outbox-helpers.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { shipmentHelpers, type ShipmentAnswer } from './support/shipments.js';

const ctx = useSandboxedServer();
const { newOrder, commerceOrder, amazonOrder, ship, sandboxShipments, commandsOf } = shipmentHelpers(ctx);

type RetryAnswer = ShipmentAnswer & {
  amazon: { confirmation: string; error: string | null } | null;
  message: string;
};

const retry = (orderId: number, shipmentId: number, client = ctx.fulfillment) =>
  client.post<RetryAnswer>(`/api/orders/${orderId}/shipments/${shipmentId}/confirmation/retry`, {});

/** An order shipped whose confirmation Amazon refused (400): the command is dead. */
async function shippedWithDeadConfirmation() {
  const id = await newOrder(['OD-KIT-001'], 1);
  const shipped = await ship(id);
  expect(shipped.status, shipped.text).toBe(201);
  await ctx.sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 400, count: 1 });
  await drainOutbox(ctx.server);
  expect(await commandsOf(id)).toMatchObject([{ status: 'dead' }]);
  return { id, orderId: (await commerceOrder(id)).id as number, shipmentId: shipped.body.id };
}

describe('Retry of a shipment confirmation Amazon did not take', () => {
  it('shows the failure on the order, sends the tracking again (202), and Amazon gets it once', async () => {
    const { id, orderId, shipmentId } = await shippedWithDeadConfirmation();
    const view = await ctx.fulfillment.get<{ shipments: RetryAnswer[] }>(`/api/orders/${orderId}`);
    expect(view.body.shipments).toMatchObject([
      { id: shipmentId, amazon: { confirmation: 'failed', error: expect.stringMatching(/Invalid Input/) } },
    ]);

    const answer = await retry(orderId, shipmentId);
    expect(answer.status, answer.text).toBe(202);
    expect(answer.body).toMatchObject({ id: shipmentId, amazon: { confirmation: 'pending' } });
    expect(await commandsOf(id)).toMatchObject([{ status: 'pending', attempts: 0 }]);
    expect((await amazonOrder(id)).last_action).toBe(
      `Tracking of shipment #${answer.body.increment_id} sent to Amazon again by fulfillment.`,
    );
    const history = await ctx.server
      .knex('sales_order_status_history')
      .where({ order_id: orderId })
      .orderBy('id', 'desc')
      .first();
    expect(history).toMatchObject({
      author: 'fulfillment',
      comment: expect.stringMatching(/sent to Amazon again/),
    });
    expect(
      await ctx.server
        .knex('audit_log')
        .where({ action: 'orders.shipment-confirmation-retried', record_id: String(orderId) }),
    ).toMatchObject([{ username: 'fulfillment', details: { shipmentId } }]);

    await drainOutbox(ctx.server);
    expect(await sandboxShipments(id)).toHaveLength(1);
    const confirmed = await ctx.fulfillment.get<{ shipments: RetryAnswer[] }>(`/api/orders/${orderId}`);
    expect(confirmed.body.shipments[0]!.amazon).toMatchObject({ confirmation: 'sent', error: null });

    // Amazon has it now: nothing to send again.
    const again = await retry(orderId, shipmentId);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/not waiting to be sent again: Amazon already has it/);
  });

  it('refuses support (403), a shipment of another order (404), and one still being sent (409)', async () => {
    const { orderId, shipmentId } = await shippedWithDeadConfirmation();
    const support = await ctx.server.loginAs('support');
    expect((await retry(orderId, shipmentId, support)).status).toBe(403);

    const other = await commerceOrder(await newOrder(['OD-KIT-001'], 1));
    const elsewhere = await retry(other.id, shipmentId);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.message).toMatch(new RegExp(`has no shipment ${shipmentId}`));
    expect((await retry(2_000_000_000, shipmentId)).status).toBe(404);
    expect((await retry(orderId, 0)).status).toBe(400);

    expect((await retry(orderId, shipmentId)).status).toBe(202);
    const pending = await retry(orderId, shipmentId);
    expect(pending.status).toBe(409);
    expect(pending.body.message).toMatch(/still being sent/);
  });
});
