import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let manager: ApiClient;
let support: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  [manager, support] = await Promise.all([server.loginAs('manager'), server.loginAs('support')]);
});
afterAll(() => server?.close());

const SAVED = [{ label: 'Unshipped MFN', value: { filter: { status: 'Unshipped' }, sort: 'purchase_date' } }];
const KEY = 'amazon-orders.savedQueries';

const remove = (client: ApiClient, key: string) =>
  client.raw('DELETE', `/api/preferences/${key}`, {
    body: '{}',
    headers: { 'content-type': 'application/json' },
  });

describe('/api/preferences', () => {
  it("stores and answers the user's own values only; another user sees none of them", async () => {
    const saved = await manager.put(`/api/preferences/${KEY}`, { value: SAVED });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toEqual({ key: KEY, value: SAVED });
    expect((await support.put(`/api/preferences/${KEY}`, { value: [] })).status).toBe(200);

    expect((await manager.get('/api/preferences')).body).toEqual({ [KEY]: SAVED });
    expect((await support.get('/api/preferences')).body).toEqual({ [KEY]: [] });
    // A fresh session of the same user (another browser) gets them too.
    expect((await (await server.loginAs('manager')).get('/api/preferences')).body).toEqual({ [KEY]: SAVED });
  });

  it('replaces a value in place and records who changed what in the audit log', async () => {
    const replaced = [{ label: 'Shipped', value: { filter: { status: 'Shipped' } } }];
    expect((await manager.put(`/api/preferences/${KEY}`, { value: replaced })).status).toBe(200);
    expect((await manager.get('/api/preferences')).body).toEqual({ [KEY]: replaced });
    const rows = await server.knex('user_preferences').join('users', 'users.id', 'user_preferences.user_id');
    expect(rows.filter((row: { username: string }) => row.username === 'manager')).toHaveLength(1);
    const audit = await server
      .knex('audit_log')
      .where({ action: 'preferences.save', username: 'manager' })
      .orderBy('id', 'desc')
      .first();
    expect(audit).toMatchObject({ resource: 'user-preferences', details: { key: KEY } });
  });

  it('deletes a value (204), and deleting one that is not there is 204 too, with no audit row', async () => {
    expect((await manager.put('/api/preferences/orders.savedQueries', { value: {} })).status).toBe(200);
    const res = await remove(manager, 'orders.savedQueries');
    expect(res.status, res.text).toBe(204);
    expect(await manager.get('/api/preferences').then((r) => r.body)).not.toHaveProperty(
      'orders.savedQueries',
    );
    const before = await server.knex('audit_log').count('* as n').first();
    expect((await remove(manager, 'orders.savedQueries')).status).toBe(204);
    expect(await server.knex('audit_log').count('* as n').first()).toEqual(before);
    // support's value of the same key is its own: manager's delete left it.
    expect((await remove(manager, KEY)).status).toBe(204);
    expect((await support.get('/api/preferences')).body).toEqual({ [KEY]: [] });
  });

  it('answers 400 with a message for a bad key, a value that is not an array or object, or one too big', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['bad key!', { value: [] }, /preference key/],
      ['x'.repeat(121), { value: [] }, /preference key/],
      [KEY, { value: 'text' }, /Invalid value: must be an array or an object/],
      [KEY, { value: 42 }, /Invalid value: must be an array or an object/],
      [KEY, { value: null }, /Invalid value: must be an array or an object/],
      [KEY, {}, /Invalid value/],
      [KEY, { value: [], extra: 1 }, /Invalid/],
      [KEY, { value: ['x'.repeat(70_000)] }, /Invalid value: must be at most 64 KB/],
    ];
    for (const [key, body, message] of cases) {
      const res = await manager.put(`/api/preferences/${encodeURIComponent(key)}`, body);
      expect(res.status, `${key}: ${res.text}`).toBe(400);
      expect((res.body as { message: string }).message, key).toMatch(message);
    }
    expect((await remove(manager, encodeURIComponent('no/such key'))).status).toBe(400);
  });

  it('answers 401 without a session', async () => {
    const anonymous = server.anonymous();
    for (const res of [
      await anonymous.get('/api/preferences'),
      await anonymous.put(`/api/preferences/${KEY}`, { value: [] }),
      await remove(anonymous, KEY),
    ]) {
      expect(res.status).toBe(401);
      expect((res.body as { message: string }).message).toMatch(/not logged in/);
    }
  });

  it('keeps at most 100 keys per user: a new key past that is 409 with a message, replacing one is fine', async () => {
    const fulfillment = await server.loginAs('fulfillment');
    await server.knex('user_preferences').insert(
      Array.from({ length: 100 }, (_, i) => ({
        user_id: server.knex('users').where({ username: 'fulfillment' }).select('id'),
        key: `grid-${i}.savedQueries`,
        value: JSON.stringify([]),
      })),
    );
    const refused = await fulfillment.put('/api/preferences/one-too-many', { value: [] });
    expect(refused.status, refused.text).toBe(409);
    expect((refused.body as { message: string }).message).toMatch(/already have 100 saved preferences/);
    expect((await fulfillment.put('/api/preferences/grid-7.savedQueries', { value: [1] })).status).toBe(200);
    expect((await remove(fulfillment, 'grid-0.savedQueries')).status).toBe(204);
    expect((await fulfillment.put('/api/preferences/one-too-many', { value: [] })).status).toBe(200);
    expect(Object.keys((await fulfillment.get('/api/preferences')).body as object)).toHaveLength(100);
  });

  it('goes with the user: deleting the user deletes its preferences', async () => {
    const { id } = await server.knex('users').where({ username: 'support' }).first('id');
    await server.knex('users').where({ id }).delete();
    expect(await server.knex('user_preferences').where({ user_id: id })).toEqual([]);
  });
});
