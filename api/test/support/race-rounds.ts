import { createRandom } from '../../src/channels/amazon/sandbox/random.js';
import type { ApiClient } from './api-client.js';
import { onHandOf, orderViolations, shippedUnits, stockViolations } from './order-invariants.js';
import {
  AMAZON_ACTIONS,
  answerViolations,
  drawActions,
  fireAtOnce,
  WEB_ACTIONS,
  type RaceAnswer,
  type RaceOrder,
} from './order-races.js';
import { drainOutbox } from './outbox-helpers.js';
import type { SandboxedServer } from './sandboxed-server.js';
import { syncOnce } from './sync-helpers.js';
import { createWebOrder } from './web-orders.js';

export interface RaceOptions {
  rounds: number;
  actionsPerRound: number;
  seed: number;
}

export interface RaceReport {
  orders: number;
  requests: number;
  /** Answers by status, e.g. {200: 31, 201: 40, 409: 90}. */
  statuses: Record<number, number>;
  /** The orders' Commerce statuses once the dust settled, e.g. {canceled: 4, complete: 3}. */
  outcomes: Record<string, number>;
  /** Every broken rule, each naming its order; empty when the races held. */
  problems: string[];
}

const WEB_SKUS = ['OD-MUG-002', 'OD-OFF-001'];
const AMAZON_SKUS = ['OD-HOM-001', 'OD-OUT-001'];

/**
 * Several sessions of different users (admin, manager, fulfillment, two sessions each), each logged in
 * once: every action of a round comes from another session than its neighbours.
 */
export async function raceSessions(ctx: SandboxedServer): Promise<ApiClient[]> {
  const sessions: ApiClient[] = [];
  for (const role of ['admin', 'manager', 'fulfillment', 'admin', 'manager', 'fulfillment'])
    sessions.push(await ctx.server.loginAs(role));
  return sessions;
}

async function report(
  ctx: SandboxedServer,
  orderIds: readonly number[],
  answers: readonly RaceAnswer[],
  problems: string[],
): Promise<RaceReport> {
  const tally = <K extends string | number>(keys: readonly K[]) => {
    const counts = {} as Record<K, number>;
    for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  const finals: string[] = await ctx.server.knex('sales_orders').whereIn('id', orderIds).pluck('status');
  return {
    orders: orderIds.length,
    requests: answers.length,
    statuses: tally(answers.map((answer) => answer.status)),
    outcomes: tally(finals),
    problems,
  };
}

async function lineIds(ctx: SandboxedServer, orderId: number): Promise<number[]> {
  return ctx.server.knex('sales_order_items').where({ order_id: orderId }).orderBy('id').pluck('id');
}

/** Web-store orders, one per round: cancel, ship, invoice, credit memo, hold and unhold all at once. */
export async function raceWebOrders(
  ctx: SandboxedServer,
  sessions: readonly ApiClient[],
  options: RaceOptions,
): Promise<RaceReport> {
  const random = createRandom(options.seed);
  const { knex } = ctx.server;
  const onHand = await onHandOf(knex, WEB_SKUS);
  const all: RaceAnswer[] = [];
  const problems: string[] = [];
  const orderIds: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const orderId = await createWebOrder(knex, { skus: WEB_SKUS, quantity: random.int(1, 3) });
    orderIds.push(orderId);
    const order: RaceOrder = { orderId, itemIds: await lineIds(ctx, orderId), amazonOrderId: null };
    const answers = await fireAtOnce(
      sessions,
      order,
      drawActions(random, WEB_ACTIONS, options.actionsPerRound),
    );
    all.push(...answers);
    const found = [...answerViolations(answers), ...(await orderViolations(knex, order, answers))];
    problems.push(...found.map((problem) => `web order ${orderId} (round ${round}): ${problem}`));
  }
  problems.push(...(await stockViolations(knex, onHand, await shippedUnits(knex, orderIds))));
  return report(ctx, orderIds, all, problems);
}

/**
 * Unshipped Amazon orders, imported by a sync: the cancellation that goes to Amazon races a shipment, an
 * invoice, a credit memo and the rest; then Amazon answers (the outbox is drained) and the orders are checked.
 */
export async function raceAmazonOrders(
  ctx: SandboxedServer,
  sessions: readonly ApiClient[],
  options: RaceOptions,
): Promise<RaceReport> {
  const random = createRandom(options.seed);
  const { knex } = ctx.server;
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: options.rounds,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: AMAZON_SKUS,
    quantity: 2,
    age_seconds: 300,
    brief: true,
  });
  const onHand = await onHandOf(knex, AMAZON_SKUS);
  await syncOnce(ctx.server.services.sync, ctx.storeId);
  const rows: { id: number; amazon_order_id: string }[] = await knex('sales_orders as so')
    .join('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
    .whereIn('ao.amazon_order_id', order_ids)
    .select('so.id', 'ao.amazon_order_id');
  if (rows.length !== order_ids.length)
    throw new Error(`only ${rows.length} of ${order_ids.length} imported`);
  const raced: { order: RaceOrder; answers: RaceAnswer[] }[] = [];
  for (const row of rows) {
    const order: RaceOrder = {
      orderId: row.id,
      itemIds: await lineIds(ctx, row.id),
      amazonOrderId: row.amazon_order_id,
    };
    const answers = await fireAtOnce(
      sessions,
      order,
      drawActions(random, AMAZON_ACTIONS, options.actionsPerRound),
    );
    raced.push({ order, answers });
  }
  // Amazon answers the cancellations and takes the tracking numbers.
  while ((await drainOutbox(ctx.server)) > 0);
  const problems: string[] = [];
  for (const { order, answers } of raced) {
    const found = [...answerViolations(answers), ...(await orderViolations(knex, order, answers))];
    problems.push(
      ...found.map((problem) => `Amazon order ${order.amazonOrderId} (#${order.orderId}): ${problem}`),
    );
  }
  const orderIds = rows.map((row) => row.id);
  problems.push(...(await stockViolations(knex, onHand, await shippedUnits(knex, orderIds))));
  return report(
    ctx,
    orderIds,
    raced.flatMap((entry) => entry.answers),
    problems,
  );
}
