import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from './support/api-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAs('admin');
});
afterAll(() => server?.close());

const PASSWORD = 'a-long-enough-password';
let serial = 0;

/** A fresh user made by the admin; answers its id and a logged-in client of it. */
async function newUser(role = 'support'): Promise<{ id: number; username: string; client: ApiClient }> {
  serial += 1;
  const username = `user.${serial}`;
  const created = await admin.post<{ id: number }>('/api/users', {
    username,
    password: PASSWORD,
    role,
    full_name: `User ${serial}`,
  });
  expect(created.status, created.text).toBe(201);
  const client = server.anonymous();
  expect((await client.post('/api/auth/login', { username, password: PASSWORD })).status).toBe(200);
  return { id: created.body.id, username, client };
}

const lastAudit = (id: number) =>
  server
    .knex('audit_log')
    .where({ action: 'users.update', record_id: String(id) })
    .orderBy('id', 'desc')
    .first();

describe('PUT /api/users/:id (System > Users > Edit)', () => {
  it("changes the role and full name; the user's next request already has the new role; audited", async () => {
    const user = await newUser('support');
    const res = await admin.put(`/api/users/${user.id}`, { role: 'manager', full_name: 'Mona Manager' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, role: 'manager', full_name: 'Mona Manager' });
    expect(res.text).not.toContain('password');
    expect((await user.client.get('/api/auth/me')).body).toMatchObject({ role: 'manager' });
    expect((await user.client.get('/api/audit-log')).status).toBe(200);
    expect(await lastAudit(user.id)).toMatchObject({
      username: 'admin',
      details: { username: user.username, role: { from: 'support', to: 'manager' } },
    });
  });

  it("resets the password: the old one no longer works and the user's sessions end", async () => {
    const user = await newUser();
    const res = await admin.put(`/api/users/${user.id}`, { password: 'another-long-password' });
    expect(res.status, res.text).toBe(200);
    expect((await user.client.get('/api/auth/me')).status).toBe(401);
    const login = (password: string) =>
      server.anonymous().post('/api/auth/login', { username: user.username, password });
    expect((await login(PASSWORD)).status).toBe(401);
    expect((await login('another-long-password')).status).toBe(200);
    const audit = await lastAudit(user.id);
    expect(audit.details).toMatchObject({ password_reset: true, sessions_ended: 1 });
    expect(JSON.stringify(audit.details)).not.toContain('another-long-password');
  });

  it('an admin resetting their own password stays logged in', async () => {
    const other = await newUser('admin');
    const res = await other.client.put(`/api/users/${other.id}`, { password: 'my-new-long-password' });
    expect(res.status, res.text).toBe(200);
    expect((await other.client.get('/api/auth/me')).status).toBe(200);
  });

  it('deactivates a user, who is logged out and cannot log in; an admin cannot deactivate themselves', async () => {
    const user = await newUser();
    expect((await admin.put(`/api/users/${user.id}`, { is_active: false })).status).toBe(200);
    expect((await user.client.get('/api/auth/me')).status).toBe(401);
    const login = await server
      .anonymous()
      .post('/api/auth/login', { username: user.username, password: PASSWORD });
    expect(login.status).toBe(401);

    const adminId = (await admin.get<{ id: number }>('/api/auth/me')).body.id;
    const self = await admin.put<{ message: string }>(`/api/users/${adminId}`, { is_active: false });
    expect(self.status).toBe(409);
    expect(self.body.message).toMatch(/your own account/);
  });

  it('never leaves the panel without an active administrator, even when two admins demote each other at once', async () => {
    // Only the demo admin and the admins made above: deactivate those first.
    const admins = await server
      .knex('users')
      .where({ role: 'admin', is_active: true })
      .whereNot({ username: 'admin' });
    for (const other of admins) {
      expect((await admin.put(`/api/users/${other.id}`, { is_active: false })).status).toBe(200);
    }
    const adminId = (await admin.get<{ id: number }>('/api/auth/me')).body.id;
    const alone = await admin.put<{ message: string }>(`/api/users/${adminId}`, { role: 'manager' });
    expect(alone.status).toBe(409);
    expect(alone.body.message).toBe(
      'admin is the last active administrator: make another user an administrator first.',
    );
    expect(await server.knex('users').where({ id: adminId }).first('role')).toEqual({ role: 'admin' });

    const second = await newUser('admin');
    const [one, two] = await Promise.all([
      admin.put(`/api/users/${second.id}`, { role: 'manager' }),
      second.client.put(`/api/users/${adminId}`, { role: 'manager' }),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect(await server.knex('users').where({ role: 'admin', is_active: true }).count('* as n')).toEqual([
      { n: 1 },
    ]);

    // Whoever is still admin puts things back.
    const winner = one.status === 200 ? admin : second.client;
    const demotedId = one.status === 200 ? second.id : adminId;
    expect((await winner.put(`/api/users/${demotedId}`, { role: 'admin' })).status).toBe(200);
  });

  it.each([
    ['an empty change', {}],
    ['an unknown role', { role: 'root' }],
    ['a short password', { password: 'short' }],
    ['an empty full name', { full_name: '  ' }],
    ['a bad e-mail', { email: 'not-an-email' }],
    ['the username (it stays)', { username: 'renamed' }],
  ])('refuses %s with 400', async (_what, body) => {
    const user = await newUser();
    const res = await admin.put(`/api/users/${user.id}`, body);
    expect(res.status, res.text).toBe(400);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await admin.put('/api/users/999999', { full_name: 'Nobody' })).status).toBe(404);
    expect((await admin.put('/api/users/abc', { full_name: 'Nobody' })).status).toBe(400);
  });

  it('is admin-only: a manager gets 403 and nothing changes', async () => {
    const user = await newUser();
    const manager = await server.loginAs('manager');
    const res = await manager.put(`/api/users/${user.id}`, { role: 'admin' });
    expect(res.status).toBe(403);
    expect(await server.knex('users').where({ id: user.id }).first('role')).toEqual({ role: 'support' });
  });
});
