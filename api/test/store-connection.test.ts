import { describe, expect, it } from 'vitest';
import { queueDueStores } from '../src/channels/amazon/sync/sync-jobs.js';
import { SecretBox } from '../src/crypto/secret-box.js';
import { createLogger } from '../src/logger.js';
import { useSandboxedServer } from './support/sandboxed-server.js';
import { SECRET_KEY } from './support/test-server.js';

/** Everything the app and its jobs log, at the most talkative level, through the production logger. */
const logLines: string[] = [];
const ctx = useSandboxedServer({
  workers: true,
  logger: createLogger('trace', { write: (line: string) => void logLines.push(line) }),
});

const CREDENTIALS = {
  client_id: 'amzn1.application-oa2-client.h1connect0001',
  client_secret: 'amzn1.oa2-cs.v1.connect-secret-0123456789abcdef',
  refresh_token: 'Atzr|IwEBIconnect-refresh-token-0123456789',
};
const REPLACED = {
  client_id: 'amzn1.application-oa2-client.h1replaced0002',
  client_secret: 'amzn1.oa2-cs.v1.replaced-secret-fedcba9876543210',
  refresh_token: 'Atzr|IwEBIreplaced-refresh-token-9876543210',
};
const SECRETS = [...Object.values(CREDENTIALS), ...Object.values(REPLACED)];
const leaked = (text: string) => SECRETS.filter((secret) => text.includes(secret));

/** A German store of its own seller, pointed at the test sandbox (its Login with Amazon included). */
const newStore = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sandbox Germany',
  seller_id: 'A2CONNECTDE01',
  region: 'eu',
  marketplace_id: 'A1PA6795UKMFR9',
  endpoint: `${ctx.sandbox.url}/`,
  credentials: CREDENTIALS,
  sync_interval_minutes: 1,
  ...overrides,
});

interface Store {
  id: number;
  name: string;
  endpoint: string | null;
  lwa_endpoint: string | null;
  has_credentials: boolean;
}
interface ErrorBody {
  message: string;
  details: { field: string; message: string }[];
}

const sealedOf = async (id: number) =>
  (await ctx.server.knex('amazon_stores').where({ id }).first('credentials_encrypted'))
    .credentials_encrypted as string;
const auditOf = (id: number) =>
  ctx.server
    .knex('audit_log')
    .where({ resource: 'amazon-stores', record_id: String(id) })
    .orderBy('id');
const storeCount = async () => Number((await ctx.server.knex('amazon_stores').count({ n: '*' }))[0]!.n);

let storeId = 0;
let germanOrders: string[] = [];

describe('connecting an Amazon store', () => {
  it('lets an admin connect a store: 201, credentials sealed with SECRET_KEY and never answered', async () => {
    // Orders on the German marketplace first: whichever tick syncs the store first finds them.
    ({ order_ids: germanOrders } = await ctx.sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 2,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      marketplace_id: 'A1PA6795UKMFR9',
      skus: ['OD-MUG-001'],
      age_seconds: 300,
      brief: true,
    }));
    const admin = await ctx.server.loginAs('admin');
    const res = await admin.post<Store>('/api/amazon-stores', newStore());
    expect(res.status, res.text).toBe(201);
    storeId = res.body.id;
    expect(res.body).toMatchObject({
      name: 'Sandbox Germany',
      seller_id: 'A2CONNECTDE01',
      marketplace_id: 'A1PA6795UKMFR9',
      region: 'eu',
      endpoint: ctx.sandbox.url,
      lwa_endpoint: `${ctx.sandbox.url}/auth/o2/token`,
      has_credentials: true,
      import_orders: true,
      sync_interval_minutes: 1,
      last_sync_at: null,
    });
    expect(leaked(res.text)).toEqual([]);
    expect(res.text).not.toMatch(/credentials_encrypted|client_secret|refresh_token/);

    const sealed = await sealedOf(storeId);
    expect(sealed).toMatch(/^v1\./);
    expect(new SecretBox(SECRET_KEY).open(sealed)).toEqual(CREDENTIALS);
    const shown = await admin.get(`/api/amazon-stores/${storeId}`);
    expect(shown.body).toMatchObject({ id: storeId, has_credentials: true });
    expect(leaked(shown.text)).toEqual([]);

    const [audit] = await auditOf(storeId);
    expect(audit).toMatchObject({ action: 'amazon-stores.create', username: 'admin' });
    expect(audit.details).toMatchObject({ name: 'Sandbox Germany', credentials: 'changed' });
  });

  it('syncs the new store on its interval, without a restart, against the sandbox', async () => {
    // What the once-a-minute tick does: every active store whose interval has passed gets a run.
    await queueDueStores(ctx.server.knex, ctx.server.boss, ctx.server.services.sync.logger);
    const runs = ctx.server.knex('amazon_sync_runs').where({ store_id: storeId });
    await expect
      .poll(async () => (await runs.clone().first('status'))?.status, { timeout: 30_000, interval: 200 })
      .toBe('succeeded');
    expect(await runs.clone().first()).toMatchObject({ trigger: 'schedule', orders_seen: 2, errors: 0 });
    const imported = await ctx.server
      .knex('amazon_orders')
      .where({ store_id: storeId })
      .orderBy('amazon_order_id')
      .pluck('amazon_order_id');
    expect(imported).toEqual([...germanOrders].sort());
    const states = await ctx.server.knex('amazon_orders').where({ store_id: storeId }).pluck('import_state');
    expect(states).toEqual(['imported', 'imported']);
  });

  it('refuses a second store of the same name (any case) or the same seller account with 409', async () => {
    const manager = await ctx.server.loginAs('manager');
    const before = await storeCount();
    const sameName = await manager.post<ErrorBody>(
      '/api/amazon-stores',
      newStore({ name: ' sandbox GERMANY ', seller_id: 'A2OTHERSELLER' }),
    );
    expect(sameName.status).toBe(409);
    expect(sameName.body.message).toBe('An Amazon store named "Sandbox Germany" already exists.');
    expect(sameName.body.details).toEqual([
      { field: 'name', message: `is already the name of store #${storeId}` },
    ]);
    const sameAccount = await manager.post<ErrorBody>(
      '/api/amazon-stores',
      newStore({ name: 'Another name' }),
    );
    expect(sameAccount.status).toBe(409);
    expect(sameAccount.body.details[0]?.field).toBe('seller_id');
    expect(sameAccount.body.message).toMatch(/already connected as "Sandbox Germany"/);
    expect(await storeCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'an unknown marketplace',
      { marketplace_id: 'A1B2C3D4E5' },
      'marketplace_id',
      /A1B2C3D4E5 is not one of Amazon's marketplace ids/,
    ],
    [
      "another region's marketplace",
      { region: 'na' },
      'marketplace_id',
      /A1PA6795UKMFR9 \(DE\) is a marketplace of region eu, not na.*ATVPDKIKX0DER/,
    ],
    ['an unknown region', { region: 'sa' }, 'region', /must be one of na, eu, fe/],
    [
      'plain http to another machine',
      { endpoint: 'http://sellingpartnerapi-eu.example.com' },
      'endpoint',
      /must use https; plain http only on this machine/,
    ],
    ['an endpoint that is no URL', { endpoint: 'sellingpartnerapi-eu' }, 'endpoint', /must be a URL/],
    ['an ftp endpoint', { endpoint: 'ftp://127.0.0.1/' }, 'endpoint', /must be an https URL/],
    [
      'an endpoint with a password',
      { endpoint: 'https://user:pw@example.com' },
      'endpoint',
      /user name or password/,
    ],
    [
      'no credentials',
      { credentials: undefined },
      'credentials',
      /are required: \{client_id, client_secret, refresh_token\}/,
    ],
    [
      'credentials without a refresh token',
      { credentials: { ...CREDENTIALS, refresh_token: undefined } },
      'credentials.refresh_token',
      /is required/,
    ],
    [
      "a client id that is not LWA's",
      { credentials: { ...CREDENTIALS, client_id: 'my-client' } },
      'credentials.client_id',
      /amzn1\.application-oa2-client\./,
    ],
    [
      'the secret pasted as refresh token',
      { credentials: { ...CREDENTIALS, refresh_token: CREDENTIALS.client_secret } },
      'credentials.refresh_token',
      /Atzr\|/,
    ],
    ['a seller id that is no merchant token', { seller_id: 'A2-CONNECT' }, 'seller_id', /merchant token/],
    ['an empty name', { name: '' }, 'name', /is required/],
    ['a sync interval of 0', { sync_interval_minutes: 0 }, 'sync_interval_minutes', /at least 1 minute/],
  ])('refuses %s with 400 naming the field', async (_case, change, field, message) => {
    const admin = await ctx.server.loginAs('admin');
    const before = await storeCount();
    const res = await admin.post<ErrorBody>(
      '/api/amazon-stores',
      newStore({ name: 'Refused store', seller_id: 'A2REFUSED01', ...change }),
    );
    expect(res.status, res.text).toBe(400);
    expect(res.body.details.map((issue) => issue.field)).toEqual([field]);
    expect(res.body.details[0]?.message).toMatch(message);
    expect(res.body.message).toMatch(message);
    expect(leaked(res.text)).toEqual([]);
    expect(await storeCount()).toBe(before);
  });

  it('refuses fulfillment and support with 403, creating nothing', async () => {
    const before = await storeCount();
    for (const role of ['fulfillment', 'support']) {
      const client = await ctx.server.loginAs(role);
      const res = await client.post<ErrorBody>('/api/amazon-stores', newStore({ name: `By ${role}` }));
      expect(res.status, role).toBe(403);
      expect(res.body.message).toBe(`Your role (${role}) does not allow this action.`);
    }
    expect(await storeCount()).toBe(before);
  });
});

describe("changing a store's credentials", () => {
  it('replaces all three at once; the audit trail says only that they changed', async () => {
    const manager = await ctx.server.loginAs('manager');
    const before = await sealedOf(storeId);
    const res = await manager.put<Store>(`/api/amazon-stores/${storeId}`, { credentials: REPLACED });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ id: storeId, has_credentials: true });
    expect(leaked(res.text)).toEqual([]);
    const after = await sealedOf(storeId);
    expect(after).not.toBe(before);
    expect(new SecretBox(SECRET_KEY).open(after)).toEqual(REPLACED);
    const audit = (await auditOf(storeId)).at(-1);
    expect(audit).toMatchObject({ action: 'amazon-stores.update', username: 'manager' });
    expect(audit.details).toEqual({ credentials: 'changed' });
  });

  it('keeps them when none are given, and refuses some without the others', async () => {
    const admin = await ctx.server.loginAs('admin');
    const sealed = await sealedOf(storeId);
    const renamed = await admin.put<Store>(`/api/amazon-stores/${storeId}`, { sync_interval_minutes: 2 });
    expect(renamed.status).toBe(200);
    expect(await sealedOf(storeId)).toBe(sealed);
    expect((await auditOf(storeId)).at(-1).details).toEqual({ sync_interval_minutes: { from: 1, to: 2 } });

    const partial = await admin.put<ErrorBody>(`/api/amazon-stores/${storeId}`, {
      credentials: { client_id: CREDENTIALS.client_id, client_secret: CREDENTIALS.client_secret },
    });
    expect(partial.status).toBe(400);
    expect(partial.body.details).toEqual([
      { field: 'credentials.refresh_token', message: 'is required: the LWA refresh token' },
    ]);
    expect(await sealedOf(storeId)).toBe(sealed);
  });

  it("refuses renaming a store to another store's name, and moves the Login with Amazon with the endpoint", async () => {
    const admin = await ctx.server.loginAs('admin');
    const demoName = (await ctx.server.knex('amazon_stores').where({ id: ctx.storeId }).first('name')).name;
    const clash = await admin.put<ErrorBody>(`/api/amazon-stores/${storeId}`, {
      name: demoName.toUpperCase(),
    });
    expect(clash.status).toBe(409);
    expect(clash.body.details[0]?.field).toBe('name');

    // Inactive meanwhile, so that no sync reaches for Amazon's own endpoint.
    const amazon = await admin.put<Store>(`/api/amazon-stores/${storeId}`, {
      endpoint: null,
      is_active: false,
    });
    expect(amazon.body).toMatchObject({ endpoint: null, lwa_endpoint: null });
    const back = await admin.put<Store>(`/api/amazon-stores/${storeId}`, {
      endpoint: ctx.sandbox.url,
      is_active: true,
    });
    expect(back.body).toMatchObject({
      endpoint: ctx.sandbox.url,
      lwa_endpoint: `${ctx.sandbox.url}/auth/o2/token`,
    });
  });

  it('never puts a credential in a log line, the audit trail, an error record or the table in plain text', async () => {
    // The replaced credentials work: a sync logs in with them.
    await ctx.server.knex('amazon_stores').where({ id: storeId }).update({ sync_interval_minutes: 1 });
    await ctx.server
      .knex('amazon_sync_runs')
      .where({ store_id: storeId })
      .update({ started_at: '2026-01-01' });
    await queueDueStores(ctx.server.knex, ctx.server.boss, ctx.server.services.sync.logger);
    const latest = ctx.server.knex('amazon_sync_runs').where({ store_id: storeId }).orderBy('id', 'desc');
    await expect
      .poll(async () => (await latest.clone().first('status'))?.status, { timeout: 30_000, interval: 200 })
      .toBe('succeeded');

    expect(logLines.length).toBeGreaterThan(10);
    expect(logLines.some((line) => line.includes('/api/amazon-stores'))).toBe(true);
    expect(leaked(logLines.join('\n'))).toEqual([]);
    const tables = ['amazon_stores', 'audit_log', 'amazon_communication_errors', 'amazon_sync_runs'];
    for (const table of tables)
      expect(leaked(JSON.stringify(await ctx.server.knex(table).select())), table).toEqual([]);
  });
});
