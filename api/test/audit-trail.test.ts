import { describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { concretePath, mountedRoutes, routeKey, type ROLES } from './support/route-catalog.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { syncOnce } from './support/sync-helpers.js';
import { DEMO_PASSWORD } from './support/test-server.js';
import { createWebOrder } from './support/web-orders.js';

const ctx = useSandboxedServer();

interface Change {
  /** Who calls: a demo user, or nobody (login). */
  as: (typeof ROLES)[number] | 'anonymous';
  body?: unknown;
  /** The audit row it must write: action, and the record it names (default: the user's own id). */
  action: string;
  recordId?: () => string;
  /** The user the row names (default: the caller). */
  username?: string;
}

/** What the cases share: the records earlier cases made or found. */
const state = {
  amazonOrderId: '',
  cancelOrderId: '',
  orderId: 0,
  webOrderId: 0,
  shipmentId: 0,
  newUserId: 0,
  newStoreId: 0,
  userId: (name: string) => ctx.server.knex('users').where({ username: name }).first('id'),
};

async function unshippedAmazonOrder(): Promise<string> {
  const { order_ids } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
    count: 1,
    status: 'Unshipped',
    fulfillment_channel: 'MFN',
    skus: ['OD-KIT-001'],
    quantity: 2,
    age_seconds: 300,
    brief: true,
  });
  await syncOnce(ctx.server.services.sync, ctx.storeId);
  return order_ids[0]!;
}

/**
 * Every state-changing route, with a request that changes something, in an order where each case finds
 * what it needs (an order, a dead command) left by the ones before. `before` arranges what the request
 * itself cannot (a command Amazon refused).
 */
const CHANGES: Record<string, Change & { before?: () => Promise<void> }> = {
  'POST /api/auth/login': {
    as: 'anonymous',
    body: { username: 'support', password: DEMO_PASSWORD },
    action: 'auth.login',
    username: 'support',
  },
  'POST /api/auth/logout': { as: 'support', action: 'auth.logout' },
  'POST /api/users': {
    as: 'admin',
    body: {
      username: 'audited.user',
      password: 'a-long-password-1',
      role: 'support',
      full_name: 'Audited User',
    },
    action: 'users.create',
    recordId: () => String(state.newUserId),
  },
  'PUT /api/users/:id': {
    as: 'admin',
    body: { full_name: 'Audited User Renamed' },
    action: 'users.update',
    recordId: () => String(state.newUserId),
  },
  'PUT /api/preferences/:key': {
    as: 'support',
    body: { value: [{ label: 'Unshipped', value: { filter: { status: 'Unshipped' } } }] },
    action: 'preferences.save',
  },
  'DELETE /api/preferences/:key': { as: 'support', action: 'preferences.delete' },
  'POST /api/amazon-stores': {
    as: 'manager',
    // Inactive, so that no sync ever calls the (closed) loopback port it names.
    body: {
      name: 'Audited store',
      seller_id: 'A2AUDITED01',
      region: 'eu',
      marketplace_id: 'A1F83G8C2ARO7P',
      endpoint: 'http://127.0.0.1:9',
      is_active: false,
      credentials: {
        client_id: 'amzn1.application-oa2-client.audited',
        client_secret: 'audited-client-secret',
        refresh_token: 'Atzr|audited-refresh-token',
      },
    },
    action: 'amazon-stores.create',
    recordId: () => String(state.newStoreId),
  },
  'PUT /api/amazon-stores/:id': {
    as: 'manager',
    body: { sync_interval_minutes: 9 },
    action: 'amazon-stores.update',
    recordId: () => String(ctx.storeId),
  },
  'POST /api/amazon-stores/:id/sync': {
    as: 'manager',
    action: 'amazon-stores.sync',
    recordId: () => String(ctx.storeId),
  },
  'PUT /api/amazon-orders/:id': {
    as: 'fulfillment',
    body: {
      shipping_address: {
        name: 'Jane Doe',
        address_line1: '1 Main St',
        city: 'Springfield',
        state_or_region: 'IL',
        postal_code: '62701',
        country_code: 'US',
      },
    },
    action: 'amazon-orders.address-corrected',
    recordId: () => state.amazonOrderId,
  },
  'POST /api/amazon-orders/:id/cancel': {
    as: 'manager',
    body: { reason: 'NoInventory' },
    action: 'amazon-orders.cancel-requested',
    recordId: () => state.cancelOrderId,
  },
  'POST /api/amazon-orders/:id/cancel/retry': {
    as: 'fulfillment',
    // Amazon's Feeds API refuses the cancellation's feed document: the command is dead, waiting for Retry.
    before: async () => {
      await ctx.sandbox.control('/_sandbox/faults', {
        operation: 'createFeedDocument',
        status: 403,
        count: 100,
      });
      await drainOutbox(ctx.server);
      await fetch(`${ctx.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
    },
    action: 'amazon-orders.cancel-retried',
    recordId: () => state.cancelOrderId,
  },
  'POST /api/orders/:id/invoices': {
    as: 'fulfillment',
    body: {},
    action: 'orders.invoice-created',
    recordId: () => String(state.orderId),
  },
  'POST /api/orders/:id/shipments': {
    as: 'admin',
    body: { carrier: 'ups', tracking_number: '1Z999AA10123456784' },
    action: 'orders.ship',
    recordId: () => String(state.orderId),
  },
  'POST /api/orders/:id/shipments/:shipmentId/confirmation/retry': {
    as: 'manager',
    before: async () => {
      await ctx.sandbox.control('/_sandbox/faults', { operation: 'confirmShipment', status: 400, count: 1 });
      await drainOutbox(ctx.server);
    },
    action: 'orders.shipment-confirmation-retried',
    recordId: () => String(state.orderId),
  },
  'POST /api/orders/:id/credit-memos': {
    as: 'manager',
    body: {},
    action: 'orders.credit-memo-created',
    recordId: () => String(state.orderId),
  },
  'POST /api/orders/:id/comments': {
    as: 'support',
    body: { comment: 'Buyer called about the parcel.', notify: false },
    action: 'orders.comment',
    recordId: () => String(state.orderId),
  },
  'POST /api/orders/:id/hold': {
    as: 'fulfillment',
    action: 'orders.hold',
    recordId: () => String(state.webOrderId),
  },
  'POST /api/orders/:id/unhold': {
    as: 'fulfillment',
    action: 'orders.unhold',
    recordId: () => String(state.webOrderId),
  },
  'POST /api/orders/:id/cancel': {
    as: 'admin',
    action: 'orders.cancel',
    recordId: () => String(state.webOrderId),
  },
};

/** The path parameters each route's case acts on, read from the shared state when the case runs. */
function paramsFor(key: string): Record<string, string> {
  if (key.includes('/api/users/')) return { id: String(state.newUserId) };
  if (key.includes('/api/preferences/')) return { key: 'amazon-orders.savedQueries' };
  if (key.includes('/api/amazon-stores/')) return { id: String(ctx.storeId) };
  if (key.includes('/api/amazon-orders/:id/cancel')) return { id: state.cancelOrderId };
  if (key.includes('/api/amazon-orders/')) return { id: state.amazonOrderId };
  if (/\/(hold|unhold|cancel)$/.test(key)) return { id: String(state.webOrderId) };
  return { id: String(state.orderId), shipmentId: String(state.shipmentId) };
}

const auditRows = (afterId: number) => ctx.server.knex('audit_log').where('id', '>', afterId).orderBy('id');
const lastAuditId = async () =>
  ((await ctx.server.knex('audit_log').max('id as id').first())?.id as number) ?? 0;

describe('the audit trail', () => {
  it('has a case for every state-changing route of the router', () => {
    const changing = mountedRoutes(ctx.server.app)
      .filter((route) => route.method !== 'GET')
      .map(routeKey);
    expect(Object.keys(CHANGES).sort()).toEqual(changing.sort());
  });

  it('gets exactly one row naming the user, the action and the record for every change', async () => {
    state.amazonOrderId = await unshippedAmazonOrder();
    state.cancelOrderId = await unshippedAmazonOrder();
    state.orderId = (
      await ctx.server
        .knex('sales_orders as so')
        .join('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
        .where('ao.amazon_order_id', state.amazonOrderId)
        .first('so.id')
    ).id as number;
    state.webOrderId = await createWebOrder(ctx.server.knex);

    const sessions = new Map<string, ApiClient>();
    for (const [key, change] of Object.entries(CHANGES)) {
      await change.before?.();
      // One session per role; logging out ends its own.
      const loggingOut = key === 'POST /api/auth/logout';
      let client = change.as === 'anonymous' ? ctx.server.anonymous() : sessions.get(change.as);
      if (!client || loggingOut) {
        client = await ctx.server.loginAs(change.as);
        if (!loggingOut) sessions.set(change.as, client);
      }
      const method = key.split(' ')[0]!;
      const path = concretePath(key.split(' ')[1]!, paramsFor(key));
      const from = await lastAuditId();
      const res = await client.raw(method, path, {
        body: JSON.stringify(change.body ?? {}),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status, `${key}: ${res.text}`).toBeLessThan(300);
      if (key === 'POST /api/users') state.newUserId = (res.body as { id: number }).id;
      if (key === 'POST /api/amazon-stores') state.newStoreId = (res.body as { id: number }).id;
      if (key === 'POST /api/orders/:id/shipments') state.shipmentId = (res.body as { id: number }).id;

      const username = change.username ?? (change.as === 'anonymous' ? null : change.as);
      const userId = username ? ((await state.userId(username)).id as number) : null;
      const rows = await auditRows(from);
      expect(
        rows.map((row) => row.action),
        key,
      ).toEqual([change.action]);
      expect(rows[0], key).toMatchObject({
        username,
        user_id: userId,
        record_id: change.recordId?.() ?? String(userId),
      });
    }
  }, 120_000);

  it('gets no row for a change that was refused', async () => {
    const fulfillment = await ctx.server.loginAs('fulfillment');
    const support = await ctx.server.loginAs('support');
    const manager = await ctx.server.loginAs('manager');
    const sameStoreName = {
      ...(CHANGES['POST /api/amazon-stores']!.body as object),
      seller_id: 'A2AUDITED02',
    };
    const from = await lastAuditId();
    const refusals = [
      await fulfillment.post(`/api/orders/${state.webOrderId}/hold`), // canceled: 409
      await fulfillment.post(`/api/orders/${state.webOrderId}/cancel`), // 409
      await support.post(`/api/orders/${state.orderId}/invoices`, {}), // 403
      await fulfillment.post(`/api/orders/${state.orderId}/shipments`, { carrier: '' }), // 400
      await fulfillment.post(`/api/amazon-orders/${state.cancelOrderId}/cancel`, { reason: 'NoInventory' }), // 409
      await manager.post('/api/amazon-stores', sameStoreName), // 409
      await fulfillment.post('/api/amazon-stores', sameStoreName), // 403
    ];
    expect(refusals.map((res) => res.status)).toEqual([409, 409, 403, 400, 409, 409, 403]);
    expect(await auditRows(from)).toEqual([]);
  });
});
