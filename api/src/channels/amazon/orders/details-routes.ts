import type { Knex } from 'knex';
import type { z } from 'zod';
import { ALL_ROLES, ORDER_PROCESSORS } from '../../../http/access.js';
import { NotFoundError } from '../../../http/errors.js';
import type { RouteDefinition } from '../../../http/routes.js';
import { correctShippingAddress } from './address-correction.js';
import { amazonOrderDetails } from './details-repository.js';
import { amazonOrderUpdateBody } from './shipping-address-schema.js';

/** Amazon Order Details: read it whole, and correct its shipping address. */
export function amazonOrderDetailRoutes(knex: Knex): RouteDefinition[] {
  const details = async (amazonOrderId: string) => {
    const record = await amazonOrderDetails(knex, amazonOrderId);
    if (!record) throw new NotFoundError(`Amazon order ${amazonOrderId} was not found.`);
    return record;
  };
  return [
    {
      method: 'get',
      path: '/api/amazon-orders/:id',
      access: ALL_ROLES,
      summary: 'One Amazon order with its shipping address, items, tracking and history',
      handler: async (req, res) => {
        res.json(await details(String(req.params.id)));
      },
    },
    {
      method: 'put',
      path: '/api/amazon-orders/:id',
      access: ORDER_PROCESSORS,
      summary:
        'Correct the shipping address of an Amazon order not yet Shipped or Canceled (sync keeps the correction)',
      body: amazonOrderUpdateBody,
      handler: async (req, res) => {
        const amazonOrderId = String(req.params.id);
        const { shipping_address } = req.body as z.infer<typeof amazonOrderUpdateBody>;
        await correctShippingAddress(knex, amazonOrderId, shipping_address, req.user!);
        res.json(await details(amazonOrderId));
      },
    },
  ];
}
