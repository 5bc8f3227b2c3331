import type { Knex } from 'knex';
import type PgBoss from 'pg-boss';
import { ORDER_PROCESSORS } from '../../http/access.js';
import { parseId } from '../../http/ids.js';
import type { RouteDefinition } from '../../http/routes.js';
import { InventoryService } from '../../inventory/service.js';
import { notifyOutbox } from '../../outbox/outbox-jobs.js';
import { shipmentRecord } from './repository.js';
import { shipmentBody, type ShipmentInput } from './schemas.js';
import { shipOrder, type ShipmentChannel } from './ship-order.js';

/**
 * Sales > Orders > Ship: a shipment with tracking. `channel` is the sales channel that hears of it (Amazon:
 * confirmShipment through the outbox); the command is handed to a worker once the shipment is committed.
 */
export function shipmentRoutes(knex: Knex, boss: PgBoss, channel: ShipmentChannel | null): RouteDefinition[] {
  const deps = { inventory: new InventoryService(), channel };
  return [
    {
      method: 'post',
      path: '/api/orders/:id/shipments',
      access: ORDER_PROCESSORS,
      summary:
        'Ship an order (all that is open, or the given quantities) with a tracking number; 201 with the shipment',
      body: shipmentBody,
      handler: async (req, res) => {
        const orderId = parseId(req.params.id, 'order');
        const input = req.body as ShipmentInput;
        const { shipmentId, outboxId } = await shipOrder(knex, deps, orderId, input, req.user!);
        // The shipment is committed: a command not handed out now is handed out by the outbox's tick.
        if (outboxId !== null)
          await notifyOutbox(boss, outboxId).catch((error: unknown) =>
            req.log.warn({ err: error, outboxId }, 'could not hand out the shipment confirmation now'),
          );
        res.status(201).json(await shipmentRecord(knex, shipmentId));
      },
    },
  ];
}
