import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ loginMaxFailures: 5 });
});
afterAll(() => server?.close());

describe('login, me, logout', () => {
  it.each(['admin', 'manager', 'fulfillment', 'support'])(
    'logs %s in and answers who it is',
    async (username) => {
      const client = server.anonymous();
      const login = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ username, role: username });
      expect(typeof (login.body as { full_name: string }).full_name).toBe('string');
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toEqual(login.body);
    },
  );

  it('sets an httpOnly, SameSite session cookie and stores only its hash', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^od_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await server.knex('sessions').where({ id: token }).first();
    expect(stored).toBeUndefined();
  });

  it('refuses a wrong password with 401 and a message, and audits it', async () => {
    const res = await server.anonymous().post('/api/auth/login', { username: 'manager', password: 'not-it' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'unauthorized', message: 'Wrong username or password.' });
    const audit = await server
      .knex('audit_log')
      .where({ action: 'auth.login_failed', username: 'manager' })
      .first();
    expect(audit).toBeDefined();
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await server
      .anonymous()
      .post('/api/auth/login', { username: 'nobody', password: 'whatever' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: 'Wrong username or password.' });
  });

  it('refuses a login body with missing or unknown fields with 400 naming the field', async () => {
    const missing = await server.anonymous().post('/api/auth/login', { username: 'admin' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'validation_failed' });
    expect((missing.body as { message: string }).message).toContain('password');
    const extra = await server
      .anonymous()
      .post('/api/auth/login', { username: 'admin', password: 'x', role: 'admin' });
    expect(extra.status).toBe(400);
  });

  it('ends the session on logout: the cookie no longer works', async () => {
    const client = await server.loginAs('fulfillment');
    const stolenCookie = client.sessionCookie!;
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const replay = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: stolenCookie } });
    expect(replay.status).toBe(401);
  });

  it('answers 401 without a session and for a forged cookie', async () => {
    expect((await server.anonymous().get('/api/auth/me')).status).toBe(401);
    const forged = await fetch(`${server.url}/api/auth/me`, {
      headers: { cookie: 'od_session=' + 'x'.repeat(43) },
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('rate-limits failed logins per user with 429, while other users still log in', async () => {
    const client = server.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await client.post('/api/auth/login', { username: 'support', password: `wrong-${i}` })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await client.post('/api/auth/login', { username: 'support', password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect((blocked.body as { message: string }).message).toMatch(/too many/i);
    expect((await server.loginAs('admin')).sessionCookie).toBeDefined();
  });
});
