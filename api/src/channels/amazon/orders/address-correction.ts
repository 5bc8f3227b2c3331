import type { Knex } from 'knex';
import type { AmazonOrderStatus, CancellationState } from '@orderdesk/migrations';
import { recordAudit } from '../../../audit/repository.js';
import type { SessionUser } from '../../../auth/session-user.js';
import { ConflictError, NotFoundError } from '../../../http/errors.js';
import { replaceShippingAddress } from '../../../sales/shipping-address.js';
import { addStatusHistory } from '../import/amazon-order-repository.js';
import { lockAmazonOrder } from './repository.js';
import { shippingAddressInput, type ShippingAddressInput } from './shipping-address-schema.js';

interface LockedOrder {
  id: number;
  amazon_order_id: string;
  status: AmazonOrderStatus;
  cancellation_state: CancellationState;
  canceled_at: Date | null;
  commerce_order_id: number | null;
}

/** The columns a correction writes: the input's fields (its schema is strict), named as the table names them. */
const ADDRESS_FIELDS = shippingAddressInput.keyof().options;

/**
 * The Amazon order's row, locked (the Commerce order is locked after it, as the sync and shipments do),
 * then its Commerce order looked up in a statement of its own (lockAmazonOrder): a locking read that waited
 * for the sync importing the order would otherwise miss the new Commerce order and leave it with the
 * uncorrected address.
 */
async function lockOrder(trx: Knex.Transaction, amazonOrderId: string): Promise<LockedOrder | undefined> {
  const order: Omit<LockedOrder, 'commerce_order_id'> | undefined = await lockAmazonOrder(
    trx,
    amazonOrderId,
  ).first('id', 'amazon_order_id', 'status', 'cancellation_state', 'canceled_at');
  if (!order) return undefined;
  const commerce = await trx('sales_orders').where({ amazon_order_id: order.id }).first('id');
  return { ...order, commerce_order_id: (commerce?.id as number | undefined) ?? null };
}

function assertCorrectable(order: LockedOrder): void {
  const id = order.amazon_order_id;
  if (order.status === 'Shipped')
    throw new ConflictError(`Amazon order ${id} is Shipped: its shipping address can no longer change.`);
  if (order.status === 'Canceled' || order.canceled_at || order.cancellation_state === 'confirmed')
    throw new ConflictError(`Amazon order ${id} is Canceled: its shipping address can no longer change.`);
}

const oneLine = (address: ShippingAddressInput) =>
  [address.address_line1, address.city, address.postal_code, address.country_code].filter(Boolean).join(', ');

/**
 * Staff correct an Amazon order's shipping address (product.md section 6). One transaction under the
 * order's lock: the stored address is replaced and marked corrected (sync never overwrites it after), the
 * Commerce order's shipping address follows when there is one, and the history and audit say who changed
 * what. 404 unknown order; 409 once the order is Shipped or Canceled.
 */
export async function correctShippingAddress(
  knex: Knex,
  amazonOrderId: string,
  address: ShippingAddressInput,
  user: SessionUser,
): Promise<void> {
  await knex.transaction(async (trx) => {
    const order = await lockOrder(trx, amazonOrderId);
    if (!order) throw new NotFoundError(`Amazon order ${amazonOrderId} was not found.`);
    assertCorrectable(order);
    const before: Record<string, unknown> | undefined = await trx('amazon_order_addresses')
      .where({ order_id: order.id })
      .first([...ADDRESS_FIELDS, 'corrected_at']);
    const columns = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, address[field]]));
    const corrected = {
      ...columns,
      corrected_at: trx.fn.now(),
      corrected_by: user.id,
      updated_at: trx.fn.now(),
    };
    await trx('amazon_order_addresses')
      .insert({ order_id: order.id, ...corrected })
      .onConflict('order_id')
      .merge(corrected);
    const commerceBefore =
      order.commerce_order_id === null
        ? null
        : await replaceShippingAddress(
            trx,
            order.commerce_order_id,
            {
              name: address.name,
              street: [address.address_line1, address.address_line2, address.address_line3]
                .filter(Boolean)
                .join('\n'),
              city: address.city,
              region: address.state_or_region,
              postcode: address.postal_code,
              countryId: address.country_code,
              telephone: address.phone,
            },
            user,
          );
    await trx('amazon_orders')
      .where({ id: order.id })
      .update({ last_action: `Shipping address corrected by ${user.username}`, updated_at: trx.fn.now() });
    await addStatusHistory(trx, {
      orderId: order.id,
      status: order.status,
      source: 'staff',
      comment: `Shipping address corrected: ${oneLine(address)}.`,
      userId: user.id,
    });
    await recordAudit(trx, {
      user,
      action: 'amazon-orders.address-corrected',
      resource: 'amazon-orders',
      recordId: amazonOrderId,
      details: {
        before: before ?? null,
        after: columns,
        ...(order.commerce_order_id === null
          ? {}
          : { commerceOrderId: order.commerce_order_id, commerceBefore }),
      },
    });
  });
}
