import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let storeId: number;
beforeAll(async () => {
  server = await startTestServer();
  storeId = (await server.knex('amazon_stores').first('id')).id;
});
afterAll(() => server?.close());

describe('Amazon stores', () => {
  it('shows the demo store to every role, never its credentials', async () => {
    for (const role of ['admin', 'manager', 'fulfillment', 'support']) {
      const client = await server.loginAs(role);
      const res = await client.get<Record<string, unknown>[]>('/api/amazon-stores');
      expect(res.status, role).toBe(200);
      expect(res.body[0]).toMatchObject({
        marketplace_id: 'ATVPDKIKX0DER',
        has_credentials: true,
        sync_interval_minutes: 5,
      });
      expect(res.text).not.toMatch(/credentials_encrypted|refresh_token|client_secret/);
    }
  });

  it('keeps the credentials encrypted at rest', async () => {
    const row = await server.knex('amazon_stores').where({ id: storeId }).first('credentials_encrypted');
    expect(row.credentials_encrypted).toMatch(/^v1\./);
    expect(row.credentials_encrypted).not.toContain('Atzr');
  });

  it('lets a manager change the order settings, with an audit row', async () => {
    const manager = await server.loginAs('manager');
    const res = await manager.put(`/api/amazon-stores/${storeId}`, {
      sync_interval_minutes: 1,
      reserve_pending: false,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: storeId, sync_interval_minutes: 1, reserve_pending: false });
    const audit = await server
      .knex('audit_log')
      .where({ action: 'amazon-stores.update', record_id: String(storeId) })
      .first();
    expect(audit.details.sync_interval_minutes).toEqual({ from: 5, to: 1 });
  });

  it.each([
    [{ sync_interval_minutes: 0 }, 'sync_interval_minutes'],
    [{ sync_interval_minutes: 'often' }, 'sync_interval_minutes'],
    [{ customer_creation: 'robot' }, 'customer_creation'],
    [{ order_status: 'awaiting_pick' }, 'order_status'],
    [{ credentials_encrypted: 'x' }, ''],
  ])('refuses bad settings %j with 400', async (body, field) => {
    const admin = await server.loginAs('admin');
    const res = await admin.put<{ details: { field: string }[] }>(`/api/amazon-stores/${storeId}`, body);
    expect(res.status).toBe(400);
    expect(res.body.details[0]?.field).toBe(field);
  });

  it('refuses fulfillment and support with 403, and an unknown store with 404', async () => {
    for (const role of ['fulfillment', 'support']) {
      const client = await server.loginAs(role);
      expect((await client.put(`/api/amazon-stores/${storeId}`, { import_orders: false })).status).toBe(403);
    }
    const admin = await server.loginAs('admin');
    expect((await admin.put('/api/amazon-stores/424242', { import_orders: false })).status).toBe(404);
  });
});
