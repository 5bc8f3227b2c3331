import type { Knex } from 'knex';
import type { SessionUser } from '../../auth/session-user.js';
import { ALL_ROLES, ORDER_PROCESSORS } from '../../http/access.js';
import { parseId } from '../../http/ids.js';
import type { RouteDefinition } from '../../http/routes.js';
import { InventoryService } from '../../inventory/service.js';
import { orderRecord } from '../routes.js';
import { SalesService } from '../service.js';
import { addOrderComment } from './add-comment.js';
import { cancelCommerceOrder } from './cancel-order.js';
import { holdOrder, unholdOrder } from './hold-order.js';
import { createMailer } from './mailer.js';
import { commentBody, type CommentInput } from './schemas.js';

type OrderAction = (trx: Knex.Transaction, orderId: number, user: SessionUser) => Promise<void>;

/**
 * Sales > Orders actions besides documents: Hold, Unhold and Cancel (200 with the order record, as
 * `GET /api/orders/:id` answers it) and Comment (201 with the history entry; all roles).
 */
export function orderActionRoutes(knex: Knex, smtpUrl: string | null = null): RouteDefinition[] {
  const deps = { sales: new SalesService(), inventory: new InventoryService() };
  const mailer = createMailer(smtpUrl);
  const action = (name: string, summary: string, run: OrderAction): RouteDefinition => ({
    method: 'post',
    path: `/api/orders/:id/${name}`,
    access: ORDER_PROCESSORS,
    summary,
    handler: async (req, res) => {
      const orderId = parseId(req.params.id, 'order');
      const record = await knex.transaction(async (trx) => {
        await run(trx, orderId, req.user!);
        return orderRecord(trx, orderId);
      });
      res.json(record);
    },
  });
  return [
    action('hold', 'Put a pending or processing order on hold; 200 with the order', (trx, id, user) =>
      holdOrder(trx, id, user),
    ),
    action(
      'unhold',
      'Release a held order to the status it had before; 200 with the order',
      (trx, id, user) => unholdOrder(trx, id, user),
    ),
    action(
      'cancel',
      'Cancel what is open on an order of another channel and release its stock (an Amazon order: 409, cancel it from Amazon Order Details); 200 with the order',
      (trx, id, user) => cancelCommerceOrder(trx, deps, id, user),
    ),
    {
      method: 'post',
      path: '/api/orders/:id/comments',
      access: ALL_ROLES,
      summary: 'Add a comment to the order history, optionally e-mailing the buyer; 201 with the entry',
      body: commentBody,
      handler: async (req, res) => {
        const orderId = parseId(req.params.id, 'order');
        const entry = await addOrderComment(
          knex,
          mailer,
          req.log,
          orderId,
          req.body as CommentInput,
          req.user!,
        );
        res.status(201).json(entry);
      },
    },
  ];
}
