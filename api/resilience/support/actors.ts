// The people around a sync under fire: staff who cancel and ship orders in the panel (outbox commands
// to Amazon), Amazon's side where buyers cancel and sellers ship in Seller Central, and staff pressing
// Sync now. Each keeps to its own orders (`claimed`), so what each did can be checked exactly.
import type { Knex } from 'knex';
import type { Random } from '../../src/channels/amazon/sandbox/random.js';
import type { ApiClient } from '../../test/support/api-client.js';
import { repeat, type Loop } from './background.js';
import type { SuiteSandbox } from './sandbox-process.js';

export interface StaffActions {
  loop: Loop;
  /** Amazon order ids staff cancelled (POST .../cancel answered 202). */
  cancelled: string[];
  /** Amazon order ids staff shipped (POST .../shipments answered 201). */
  shipped: string[];
}

/** Staff cancel `each` and ship `each` imported, Unshipped seller-fulfilled orders, a couple at a time. */
export function staffActions(
  knex: Knex,
  fulfillment: ApiClient,
  claimed: Set<string>,
  random: Random,
  each: number,
): StaffActions {
  const cancelled: string[] = [];
  const shipped: string[] = [];
  const loop = repeat('staff', 500, async () => {
    if (cancelled.length >= each && shipped.length >= each) return true;
    const open: { amazon_order_id: string; commerce_id: number }[] = await knex('amazon_orders as ao')
      .join('sales_orders as so', 'so.amazon_order_id', 'ao.id')
      .where({
        'ao.status': 'Unshipped',
        'ao.fulfillment_channel': 'MFN',
        'ao.import_state': 'imported',
        'ao.cancellation_state': 'none',
      })
      .orderByRaw('random()')
      .limit(20)
      .select('ao.amazon_order_id', 'so.id as commerce_id');
    const picks = open.filter((o) => !claimed.has(o.amazon_order_id)).slice(0, 2);
    for (const order of picks) {
      claimed.add(order.amazon_order_id);
      const cancel = cancelled.length < each && (shipped.length >= each || random.chance(0.5));
      const res = cancel
        ? await fulfillment.post(`/api/amazon-orders/${order.amazon_order_id}/cancel`, {
            reason: 'NoInventory',
          })
        : await fulfillment.post(`/api/orders/${order.commerce_id}/shipments`, {
            carrier: 'ups',
            title: 'United Parcel Service',
            tracking_number: `1Z${String(random.int(0, 1e9)).padStart(10, '0')}`,
          });
      if (res.status !== (cancel ? 202 : 201))
        throw new Error(`${cancel ? 'cancel' : 'ship'} ${order.amazon_order_id}: ${res.status} ${res.text}`);
      (cancel ? cancelled : shipped).push(order.amazon_order_id);
    }
  });
  return { loop, cancelled, shipped };
}

export interface AmazonSideChanges {
  loop: Loop;
  /** What each changed order became on Amazon. */
  changed: Map<string, 'Canceled' | 'Shipped'>;
}

/**
 * On Amazon's side, `count` Unshipped orders change while the sync runs: buyers cancel some, the seller
 * ships others in Seller Central. Dated 150 s back, as the demo does, so the next sync sees them.
 */
export function amazonSideChanges(
  sandbox: SuiteSandbox,
  unshipped: readonly string[],
  claimed: Set<string>,
  random: Random,
  count: number,
): AmazonSideChanges {
  const changed = new Map<string, 'Canceled' | 'Shipped'>();
  const loop = repeat('amazon side', 700, async () => {
    if (changed.size >= count) return true;
    const id = random.pick(unshipped);
    if (claimed.has(id)) return;
    claimed.add(id);
    const status = random.chance(0.5) ? 'Canceled' : 'Shipped';
    await sandbox.control('POST', `/_sandbox/orders/${id}/status`, {
      status,
      ...(status === 'Canceled' ? { by: 'buyer' } : {}),
      age_seconds: 150,
    });
    changed.set(id, status);
  });
  return { loop, changed };
}

/** Staff pressing Sync now every `everyMs`: a run is queued whenever none is waiting or running. */
export function syncPresser(manager: ApiClient, storeId: number, everyMs: number): Loop {
  return repeat('sync now', everyMs, async () => {
    const res = await manager.post(`/api/amazon-stores/${storeId}/sync`);
    if (res.status !== 202) throw new Error(`sync now: ${res.status} ${res.text}`);
  });
}
