import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../src/channels/amazon/sandbox/random.js';
import { fuzzRequests } from './support/fuzz-requests.js';
import { runFuzz } from './support/fuzz-runner.js';
import { FUZZ_ROLES, prepareFuzz, type FuzzSetup } from './support/fuzz-setup.js';
import { mountedRoutes } from './support/route-catalog.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** 1,000 malformed requests in every test run; resilience/fuzz.test.ts sends 10,000 to a process of its own. */
const COUNT = 1_000;
const SEED = 20_261_122;

let server: TestServer;
let setup: FuzzSetup;
beforeAll(async () => {
  server = await startTestServer({ loginMaxFailures: 10 });
  setup = await prepareFuzz(server.url, server.knex, mountedRoutes(server.app), async (role) => {
    const cookie = (await server.loginAs(role)).sessionCookie;
    if (!cookie) throw new Error(`no session for ${role}`);
    return cookie;
  });
});
afterAll(() => server?.close());

describe('bad input', () => {
  it(`${COUNT} malformed requests over every route (seed ${SEED}): no 5xx, every 4xx says why, the server stays up`, async () => {
    const requests = [...fuzzRequests(createRandom(SEED), setup.targets, setup.ids, COUNT)];
    expect(
      new Set(requests.map((request) => request.path.split('?')[0]!.replace(/\/[^/]*$/, ''))).size,
    ).toBeGreaterThan(10);
    const report = await runFuzz(server.url, setup.sessions, requests, 8);
    expect(report.failures).toEqual([]);
    expect(report.requests).toBe(COUNT);
    expect(report.statuses[400]).toBeGreaterThan(COUNT / 4);
    expect(Object.keys(report.kinds).sort()).toEqual([
      'content type',
      'json body',
      'method',
      'path',
      'query',
    ]);

    expect((await server.anonymous().get('/api/health')).status).toBe(200);
    for (const role of FUZZ_ROLES) expect((await server.loginAs(role)).sessionCookie, role).toBeDefined();
    const demoUsers = await server
      .knex('users')
      .whereIn('username', FUZZ_ROLES)
      .orderBy('id')
      .select('username', 'role', 'is_active');
    expect(demoUsers).toEqual(FUZZ_ROLES.map((role) => ({ username: role, role, is_active: true })));
  }, 300_000);

  it('refuses a URL that is not validly percent-encoded, and NUL characters anywhere, with 400 and a message', async () => {
    const admin = await server.loginAs('admin');
    const [orderId] = setup.ids.order;
    const answers = [
      await admin.get('/api/orders/%ZZ'),
      await admin.get('/api/stock/%E0%A4%A'),
      await admin.get('/api/no-such-route/%'),
      await admin.get('/api/amazon-orders/%00'),
      await admin.get('/api/stock?filter=' + encodeURIComponent('{"q":"a\\u0000b"}')),
      await admin.get('/api/audit-log?sort=%00'),
      await admin.post(`/api/orders/${orderId}/comments`, { comment: 'a\u0000b', notify: false }),
      await admin.post('/api/users', { ['user\u0000name']: 'x' }),
    ];
    for (const res of answers) {
      expect(res.status, res.text).toBe(400);
      expect((res.body as { message: string }).message).toMatch(/percent-encoded|NUL character/);
    }
  });
});
