import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LwaCredentials } from '../src/channels/amazon/sp-api/lwa.js';
import { SecretBox } from '../src/crypto/secret-box.js';
import { createLogger } from '../src/logger.js';
import type { ApiClient } from './support/api-client.js';
import { drainOutbox } from './support/outbox-helpers.js';
import { startTestSandbox, type TestSandbox } from './support/sandbox.js';
import { demoStoreId, syncOnce } from './support/sync-helpers.js';
import { SECRET_KEY, startTestServer, type TestServer } from './support/test-server.js';

/** Every line the app and its jobs log, at the most talkative level, through the production logger. */
const logLines: string[] = [];
let sandbox: TestSandbox;
let server: TestServer;
let storeId: number;
let sealed: string;
let secrets: string[];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  server = await startTestServer({
    sandboxPort: sandbox.port,
    logger: createLogger('trace', { write: (line: string) => void logLines.push(line) }),
  });
  storeId = await demoStoreId(server.knex);
  sealed = (await server.knex('amazon_stores').where({ id: storeId }).first('credentials_encrypted'))
    .credentials_encrypted as string;
  const plain = new SecretBox(SECRET_KEY).open<LwaCredentials>(sealed);
  secrets = [plain.client_id, plain.client_secret, plain.refresh_token, sealed];
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

const leaked = (text: string) => secrets.filter((secret) => text.includes(secret));

/** Credentials staff enter for a store they connect, and the ones that replace them later. */
const ENTERED = {
  client_id: 'amzn1.application-oa2-client.at-rest-entered',
  client_secret: 'at-rest-entered-client-secret-0123456789',
  refresh_token: 'Atzr|at-rest-entered-refresh-token-0123456789',
};
const REPLACED = {
  client_id: 'amzn1.application-oa2-client.at-rest-replaced',
  client_secret: 'at-rest-replaced-client-secret-9876543210',
  refresh_token: 'Atzr|at-rest-replaced-refresh-token-9876543210',
};

describe('Amazon credentials', () => {
  it('are stored as AES-256-GCM ciphertext that only SECRET_KEY opens, and tampering is detected', () => {
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(secrets.slice(0, 3).every((secret) => secret.length > 8)).toBe(true);
    for (const secret of secrets.slice(0, 3)) expect(sealed).not.toContain(secret);
    expect(() => new SecretBox('another-secret-key-another-secret-key').open(sealed)).toThrow();
    const [version, nonce, tag, body] = sealed.split('.') as [string, string, string, string];
    const flipped = body.startsWith('A') ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    expect(() => new SecretBox(SECRET_KEY).open([version, nonce, tag, flipped].join('.'))).toThrow();
  });

  it('never come back from the API, nor reach the logs, the audit trail or the error log, through a whole working day', async () => {
    const answers: string[] = [];
    const keep = async (pending: Promise<{ status: number; text: string }>) => {
      const res = await pending;
      expect(res.status, res.text).toBeLessThan(300);
      answers.push(res.text);
    };
    const clients: ApiClient[] = await Promise.all(
      ['admin', 'manager', 'fulfillment', 'support'].map((role) => server.loginAs(role)),
    );
    const [admin, manager, fulfillment] = clients as [ApiClient, ApiClient, ApiClient, ApiClient];
    for (const client of clients) {
      await keep(client.get('/api/amazon-stores'));
      await keep(client.get(`/api/amazon-stores/${storeId}`));
    }
    await keep(
      manager.put(`/api/amazon-stores/${storeId}`, { name: 'Renamed store', sync_interval_minutes: 7 }),
    );
    await keep(manager.post(`/api/amazon-stores/${storeId}/sync`));

    // A store connected through the API, its credentials replaced, and synced with them.
    secrets.push(...Object.values(ENTERED), ...Object.values(REPLACED));
    const connected = await admin.post<{ id: number }>('/api/amazon-stores', {
      name: 'Connected at rest',
      seller_id: 'A2ATREST0001',
      region: 'na',
      marketplace_id: 'A2EUQ1WTGCTBG2',
      endpoint: sandbox.url,
      credentials: ENTERED,
    });
    expect(connected.status, connected.text).toBe(201);
    answers.push(connected.text);
    await keep(manager.put(`/api/amazon-stores/${connected.body.id}`, { credentials: REPLACED }));
    await keep(admin.get(`/api/amazon-stores/${connected.body.id}`));
    const sealedNow = (await server.knex('amazon_stores').where({ id: connected.body.id }).first())
      .credentials_encrypted as string;
    expect(new SecretBox(SECRET_KEY).open(sealedNow)).toEqual(REPLACED);
    expect((await syncOnce(server.services.sync, connected.body.id)).status).toBe('succeeded');

    // A sync (Login with Amazon, getOrders, items), a cancellation (the Feeds API), and a failed login
    // with Amazon, whose error is logged and kept in the communication errors.
    const { order_ids } = await sandbox.control<{ order_ids: string[] }>('/_sandbox/orders', {
      count: 3,
      status: 'Unshipped',
      fulfillment_channel: 'MFN',
      age_seconds: 300,
      brief: true,
    });
    await server.knex('inventory_stock').update({ on_hand: 10_000, is_enabled: true });
    expect((await syncOnce(server.services.sync, storeId)).created).toBe(3);
    await keep(fulfillment.post(`/api/amazon-orders/${order_ids[0]}/cancel`, { reason: 'NoInventory' }));
    expect(await drainOutbox(server)).toBe(1);
    await sandbox.control('/_sandbox/tokens/expire');
    await sandbox.control('/_sandbox/faults', { operation: 'lwaToken', status: 401, count: 5 });
    expect((await syncOnce(server.services.sync, storeId)).status).toBe('failed');

    for (const path of [
      '/api/amazon-sync-runs',
      '/api/amazon-errors',
      '/api/audit-log?range=[0,999]',
      '/api/openapi.json',
      '/api/dashboard',
      `/api/amazon-orders/${order_ids[0]}`,
    ])
      await keep(admin.get(path));

    expect(answers.length).toBeGreaterThan(15);
    expect(leaked(answers.join('\n'))).toEqual([]);
    expect(logLines.length).toBeGreaterThan(20);
    expect(logLines.some((line) => line.includes('lwaToken') || line.includes('sync failed'))).toBe(true);
    expect(leaked(logLines.join(''))).toEqual([]);
    const stored = await Promise.all(
      ['audit_log', 'amazon_communication_errors', 'amazon_sync_runs', 'outbox'].map((table) =>
        server.knex(table).select(),
      ),
    );
    expect(stored[1]!.length).toBeGreaterThan(0);
    expect(leaked(JSON.stringify(stored))).toEqual([]);
    // The stores' own rows hold the ciphertexts (the demo one among the secrets), never a plain credential.
    const stores = JSON.stringify(await server.knex('amazon_stores').select());
    expect(leaked(stores)).toEqual([sealed]);
  }, 120_000);
});
