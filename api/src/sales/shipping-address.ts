import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import type { SessionUser } from '../auth/session-user.js';
import { ConflictError } from '../http/errors.js';
import { addressColumns, type NewOrderAddress } from './order-creation.js';
import { addHistory, lockOrder } from './orders-repository.js';

/** Nothing is left to ship in these states, so a new address would reach no package. */
const NOTHING_TO_SHIP: readonly CommerceOrderStatus[] = ['complete', 'closed', 'canceled'];

export type CorrectedAddress = Omit<NewOrderAddress, 'email'>;

/**
 * Replaces a Commerce order's shipping address (Magento's "Edit" of the shipping address), in the caller's
 * transaction: the order is locked, refused once nothing is left to ship, and the change is written to
 * its Comments History. The caller locks the channel's order first. Answers the address it replaced.
 */
export async function replaceShippingAddress(
  trx: Knex.Transaction,
  orderId: number,
  address: CorrectedAddress,
  user: SessionUser,
): Promise<Record<string, unknown> | null> {
  const order = await lockOrder(trx, orderId);
  if (!order) return null;
  if (NOTHING_TO_SHIP.includes(order.status))
    throw new ConflictError(
      `Order #${order.increment_id} is ${order.status}: nothing is left to ship, so its shipping address cannot change.`,
    );
  const before: Record<string, unknown> | undefined = await trx('sales_order_addresses')
    .where({ order_id: orderId, address_type: 'shipping' })
    .first('name', 'street', 'city', 'region', 'postcode', 'country_id', 'telephone');
  const columns = addressColumns(address);
  await trx('sales_order_addresses')
    .insert({ order_id: orderId, address_type: 'shipping', ...columns })
    .onConflict(['order_id', 'address_type'])
    .merge({ ...columns, updated_at: trx.fn.now() });
  await addHistory(trx, {
    orderId,
    status: order.status,
    comment: 'Shipping address corrected.',
    author: user.username,
    userId: user.id,
  });
  return before ?? null;
}
