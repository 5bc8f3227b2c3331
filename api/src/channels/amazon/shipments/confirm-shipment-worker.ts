import type { Knex } from 'knex';
import { completeCommand, failCommand, type OutboxCommand } from '../../../outbox/outbox-repository.js';
import { SpApiError } from '../sp-api/errors.js';
import { spApiClientForStore, type ConnectorDeps, type StoreConnection } from '../stores/sp-api-client.js';
import { confirmShipmentPayloadSchema, confirmShipmentRequest } from './confirm-shipment-command.js';

type StoreRow = StoreConnection & { marketplace_id: string };

/**
 * Runs one claimed `amazon.confirm_shipment` command: confirmShipment with the package's tracking. Accepted:
 * the command is done and the tracking marked sent, in one transaction. Refused by Amazon (4xx): the command
 * is dead and the order shows Amazon's message. No answer, throttling or an Amazon-side failure: retried
 * with the outbox's backoff.
 */
export async function runConfirmShipmentCommand(deps: ConnectorDeps, command: OutboxCommand): Promise<void> {
  const { knex } = deps;
  const payload = confirmShipmentPayloadSchema.parse(command.payload);
  const orderRowId = Number(command.aggregate_id);
  const tracking = await knex('amazon_order_tracking')
    .where({ id: payload.trackingId })
    .first('confirmed_at');
  const order = await knex('amazon_orders').where({ id: orderRowId }).first('store_id', 'marketplace_id');
  if (!tracking || tracking.confirmed_at || !order) {
    await knex.transaction((trx) =>
      completeCommand(trx, command.id, { outcome: 'skipped', confirmed: Boolean(tracking?.confirmed_at) }),
    );
    return;
  }
  const store: StoreRow = await knex('amazon_stores').where({ id: order.store_id }).first();
  const client = spApiClientForStore(store, deps, { outboxId: command.id });
  const request = confirmShipmentRequest(payload, order.marketplace_id ?? store.marketplace_id);
  const what = `shipment #${payload.shipmentIncrementId} (${payload.packageDetail.carrierCode} ${payload.packageDetail.trackingNumber})`;
  try {
    await client.orders.confirmShipment(payload.amazonOrderId, request);
  } catch (error) {
    const message = (error as Error).message.replace(/\.$/, '');
    // Amazon's answer to this request (4xx other than throttling) will not change by asking again.
    const retryable = !(error instanceof SpApiError) || error.retryable || error.status === null;
    const status = await failCommand(knex, command, message, retryable);
    const text =
      status === 'dead'
        ? retryable
          ? `Could not confirm ${what} with Amazon: ${message}. It was tried ${command.attempts} times.`
          : `Amazon refused the confirmation of ${what}: ${message}.`
        : `Confirming ${what} with Amazon failed (${message}); it will be retried.`;
    await noteOnOrder(knex, orderRowId, text);
    deps.logger.warn({ err: error, outboxId: command.id, status }, 'shipment confirmation failed');
    return;
  }
  await knex.transaction(async (trx) => {
    await trx('amazon_order_tracking')
      .where({ id: payload.trackingId })
      .update({ confirmed_at: trx.fn.now(), updated_at: trx.fn.now() });
    await noteOnOrder(trx, orderRowId, `Amazon accepted the tracking of ${what}`);
    await completeCommand(trx, command.id, { outcome: 'confirmed', shipmentId: payload.shipmentId });
  });
}

async function noteOnOrder(db: Knex | Knex.Transaction, orderRowId: number, text: string): Promise<void> {
  await db('amazon_orders').where({ id: orderRowId }).update({ last_action: text, updated_at: db.fn.now() });
}
