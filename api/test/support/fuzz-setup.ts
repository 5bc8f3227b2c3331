import type { Knex } from 'knex';
import type { MountedRoute } from '../../src/http/routes.js';
import { fuzzTargets, type FuzzSession, type FuzzTarget, type IdPool } from './fuzz-requests.js';
import type { FuzzSessions } from './fuzz-runner.js';
import { insertOrders } from './grid-fixtures.js';
import { createWebOrder } from './web-orders.js';

export const FUZZ_ROLES = ['admin', 'manager', 'fulfillment', 'support'] as const;

export interface FuzzSetup {
  targets: FuzzTarget[];
  ids: IdPool;
  sessions: FuzzSessions;
}

/**
 * What the fuzzer needs against a running API: every route of the router (with its body fields from
 * openapi.json), a few real records to aim at, and a session per role. Users are aimed at through a user
 * of their own, so that a fuzzed change never locks the demo users out.
 */
export async function prepareFuzz(
  baseUrl: string,
  knex: Knex,
  routes: readonly MountedRoute[],
  login: (role: string) => Promise<string>,
): Promise<FuzzSetup> {
  const cookies = new Map<FuzzSession, string>();
  for (const role of FUZZ_ROLES) cookies.set(role, await login(role));
  const sessions: FuzzSessions = {
    cookie: (as) => cookies.get(as),
    renew: async (as) => void cookies.set(as, await login(as)),
  };
  const admin = { 'content-type': 'application/json', cookie: cookies.get('admin')! };
  const openapi = (await (
    await fetch(`${baseUrl}/api/openapi.json`, { headers: admin })
  ).json()) as Parameters<typeof fuzzTargets>[1];
  const victim = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({
      username: `fuzz.target.${Date.now()}`,
      password: 'fuzz-target-password',
      role: 'support',
      full_name: 'Fuzz Target',
    }),
  });
  if (victim.status !== 201) throw new Error(`could not create the fuzz target user: ${await victim.text()}`);
  const orders = [await createWebOrder(knex), await createWebOrder(knex, { status: 'pending' })];
  const storeId = (await knex('amazon_stores').first('id')).id as number;
  await insertOrders(knex, [
    {
      amazon_order_id: '902-0000000-0000001',
      store_id: storeId,
      status: 'Unshipped',
      buyer_name: 'Fuzz Buyer',
      order_total: '10.00',
      fulfillment_channel: 'MFN',
      number_of_items_unshipped: 1,
      inventory_reserved: false,
      purchase_date: '2026-01-01T00:00:00Z',
    },
  ]);
  const ids: IdPool = {
    order: orders.map(String),
    'amazon-order': ['902-0000000-0000001'],
    sku: ['OD-MUG-002', 'OD-KIT-001'],
    store: [String(storeId)],
    user: [String(((await victim.json()) as { id: number }).id)],
    shipment: [],
    other: ['1', '2'],
  };
  return { targets: fuzzTargets(routes, openapi), ids, sessions };
}
