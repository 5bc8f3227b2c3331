import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const newUser = {
  username: 'paula.picker',
  password: 'a-long-enough-password',
  role: 'fulfillment',
  full_name: 'Paula Picker',
};

describe('users (System > Users)', () => {
  it('lists the four demo users to an admin, without password hashes', async () => {
    const admin = await server.loginAs('admin');
    const res = await admin.get<Record<string, unknown>[]>('/api/users?sort=["username","ASC"]');
    expect(res.status).toBe(200);
    expect(res.body.map((u) => u.username)).toEqual(['admin', 'fulfillment', 'manager', 'support']);
    expect(res.text).not.toContain('password');
    expect(res.text).not.toContain('argon2');
  });

  it('lets an admin create a user who can then log in, and audits it', async () => {
    const admin = await server.loginAs('admin');
    const created = await admin.post<{ id: number; username: string }>('/api/users', newUser);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'paula.picker', role: 'fulfillment' });
    const login = await server
      .anonymous()
      .post('/api/auth/login', { username: 'paula.picker', password: newUser.password });
    expect(login.status).toBe(200);
    const audit = await server
      .knex('audit_log')
      .where({ action: 'users.create', record_id: String(created.body.id) })
      .first();
    expect(audit).toMatchObject({ username: 'admin', resource: 'users' });
  });

  it('refuses a taken username with 409, whatever its case', async () => {
    const admin = await server.loginAs('admin');
    const res = await admin.post('/api/users', { ...newUser, username: 'ADMIN' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'conflict', message: 'The username "ADMIN" is already taken.' });
  });

  it.each([
    ['an unknown role', { role: 'root' }, 'role'],
    ['a short password', { password: 'short' }, 'password'],
    ['a username with spaces', { username: 'two words' }, 'username'],
    ['an unknown field', { is_superuser: true }, ''],
  ])('refuses %s with 400', async (_what, change, field) => {
    const admin = await server.loginAs('admin');
    const res = await admin.post<{ message: string; details: { field: string }[] }>('/api/users', {
      ...newUser,
      username: 'someone.new',
      ...change,
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0]?.field).toBe(field);
  });

  it('is admin-only: a manager gets 403 and nothing is created', async () => {
    const manager = await server.loginAs('manager');
    const res = await manager.post('/api/users', { ...newUser, username: 'sneaky' });
    expect(res.status).toBe(403);
    expect(await server.knex('users').where({ username: 'sneaky' }).first()).toBeUndefined();
  });
});
