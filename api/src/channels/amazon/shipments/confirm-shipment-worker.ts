import type { Knex } from 'knex';
import { completeCommand, failCommand, type OutboxCommand } from '../../../outbox/outbox-repository.js';
import type { SpApiClient } from '../sp-api/client.js';
import { SpApiError } from '../sp-api/errors.js';
import type { ConfirmShipmentRequest } from '../sp-api/orders-api.js';
import { spApiClientForStore, type ConnectorDeps, type StoreConnection } from '../stores/sp-api-client.js';
import {
  confirmShipmentPayloadSchema,
  confirmShipmentRequest,
  type ConfirmShipmentPayload,
} from './confirm-shipment-command.js';
import { confirmedOnAmazon } from './confirmation-on-amazon.js';

type StoreRow = StoreConnection & { marketplace_id: string };

/**
 * Runs one claimed `amazon.confirm_shipment` command: confirmShipment with the package's tracking. Accepted:
 * the command is done and the tracking marked sent, in one transaction. Refused by Amazon (4xx): the command
 * is dead and the order shows Amazon's message. No answer, throttling or an Amazon-side failure: retried
 * with the outbox's backoff. A try after one whose answer may have been lost (a timeout, a crash) asks
 * Amazon first whether it has the package already, so Amazon gets each package once.
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
  let outcome: 'sent' | 'already';
  try {
    // attempts counts this try: more than one means an earlier try may have reached Amazon unheard.
    outcome = await confirm(knex, client, orderRowId, payload, request, command.attempts > 1);
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
    await completeCommand(trx, command.id, {
      outcome: outcome === 'sent' ? 'confirmed' : 'confirmed-earlier',
      shipmentId: payload.shipmentId,
    });
  });
}

/**
 * confirmShipment, unless Amazon has the package already. After an answer that may have been lost, it
 * looks before sending again (at most three sends a try); a refusal then may mean the earlier send landed.
 */
async function confirm(
  knex: Knex,
  client: SpApiClient,
  orderRowId: number,
  payload: ConfirmShipmentPayload,
  request: ConfirmShipmentRequest,
  earlierTry: boolean,
): Promise<'sent' | 'already'> {
  let unsure = earlierTry;
  for (let sends = 1; ; sends += 1) {
    if (unsure && (await confirmedOnAmazon(knex, client, orderRowId, payload))) return 'already';
    try {
      await client.orders.confirmShipment(payload.amazonOrderId, request);
      return 'sent';
    } catch (error) {
      if (!(error instanceof SpApiError)) throw error;
      if (unsure && !error.retryable && (await confirmedOnAmazon(knex, client, orderRowId, payload)))
        return 'already';
      if (!error.mayHaveTakenEffect || sends >= 3) throw error;
      unsure = true;
    }
  }
}

async function noteOnOrder(db: Knex | Knex.Transaction, orderRowId: number, text: string): Promise<void> {
  await db('amazon_orders').where({ id: orderRowId }).update({ last_action: text, updated_at: db.fn.now() });
}
