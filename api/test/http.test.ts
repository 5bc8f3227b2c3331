import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('the HTTP contract', () => {
  it('answers health without a session', async () => {
    const res = await server.anonymous().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('refuses malformed JSON with 400 and a message, and stays up', async () => {
    const client = await server.loginAs('admin');
    const res = await client.raw('POST', '/api/users', {
      body: '{"username": "x",',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'entity_parse_failed',
      message: 'The request body is not valid JSON.',
    });
    expect((await server.anonymous().get('/api/health')).status).toBe(200);
  });

  it('refuses a form-encoded POST with 415', async () => {
    const res = await server.anonymous().raw('POST', '/api/auth/login', {
      body: 'username=admin&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'unsupported_media_type' });
    expect((res.body as { message: string }).message).toMatch(/application\/json/);
  });

  it('gives support 403 on an admin-only route without logging it out', async () => {
    const support = await server.loginAs('support');
    const res = await support.get('/api/users');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({
      code: 'forbidden',
      message: 'Your role (support) does not allow this action.',
    });
    expect((await support.get('/api/auth/me')).status).toBe(200);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await server.anonymous().get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });

  it('requires a session for everything but health and login', async () => {
    const client = server.anonymous();
    for (const path of [
      '/api/users',
      '/api/stock',
      '/api/amazon-orders',
      '/api/orders',
      '/api/openapi.json',
    ]) {
      expect((await client.get(path)).status, path).toBe(401);
    }
  });

  it('describes every route in openapi.json, with its roles', async () => {
    const admin = await server.loginAs('admin');
    const res = await admin.get<{ paths: Record<string, Record<string, { 'x-roles': unknown }>> }>(
      '/api/openapi.json',
    );
    expect(res.status).toBe(200);
    expect(res.body.paths['/api/auth/login']?.post?.['x-roles']).toBe('public');
    expect(res.body.paths['/api/users']?.get?.['x-roles']).toEqual(['admin']);
    expect(res.body.paths['/api/amazon-stores/{id}']?.put).toBeDefined();
  });

  it('sends security headers and a strict CSP', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('list queries (ra-data-simple-rest)', () => {
  it('pages with Content-Range and the total', async () => {
    const admin = await server.loginAs('admin');
    const res = await admin.get<{ id: string }[]>('/api/stock?range=[0,9]&sort=["id","ASC"]');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(10);
    const total = await server.knex('inventory_stock').count<{ count: number }[]>({ count: '*' });
    expect(res.headers.get('content-range')).toBe(`stock 0-9/${total[0]!.count}`);
    const ids = res.body.map((row) => row.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('answers getMany through filter={"id":[...]}', async () => {
    const admin = await server.loginAs('admin');
    const [first, second] = await server.knex('inventory_stock').orderBy('sku').limit(2).pluck('sku');
    const filter = encodeURIComponent(JSON.stringify({ id: [first, second] }));
    const res = await admin.get<{ id: string }[]>(`/api/stock?filter=${filter}`);
    expect(res.body.map((row) => row.id).sort()).toEqual([first, second]);
  });

  it.each([
    ['an unknown sort field', 'sort=["password_hash","ASC"]', /Cannot sort users by "password_hash"/],
    ['SQL in the sort order', 'sort=["id","ASC; drop table users"]', /ASC or DESC/],
    ['a range wider than 1000 rows', 'range=[0,1000]', /at most 1000/],
    ['a malformed range', 'range=[5,1]', /range must be/],
    [
      'an unknown filter field',
      `filter=${encodeURIComponent('{"password_hash":"x"}')}`,
      /Cannot filter users/,
    ],
    ['a filter that is not JSON', 'filter={oops', /filter is not valid JSON/],
    [
      'a wrongly typed filter',
      `filter=${encodeURIComponent('{"role":"root"}')}`,
      /filter.role must be one of/,
    ],
  ])('refuses %s with 400', async (_what, query, message) => {
    const admin = await server.loginAs('admin');
    const res = await admin.get<{ message: string }>(`/api/users?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const admin = await server.loginAs('admin');
    expect((await admin.get('/api/users/999999')).status).toBe(404);
    const bad = await admin.get<{ message: string }>('/api/users/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('not a valid user id');
  });
});
