import { afterAll, beforeAll } from 'vitest';
import type { ApiClient } from './api-client.js';
import { startTestSandbox, type TestSandbox } from './sandbox.js';
import { demoStoreId } from './sync-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface SandboxedServer {
  sandbox: TestSandbox;
  server: TestServer;
  storeId: number;
  /** Logged in as the demo fulfillment user. */
  fulfillment: ApiClient;
}

/**
 * The API on a fresh database beside its own sandbox, for one test file: started before its tests, stopped
 * after them, with plenty of every SKU so that tests about orders are not about shortages.
 */
export function useSandboxedServer(
  options: Omit<NonNullable<Parameters<typeof startTestServer>[0]>, 'sandboxPort'> = {},
): SandboxedServer {
  const context = {} as SandboxedServer;
  beforeAll(async () => {
    context.sandbox = await startTestSandbox();
    context.server = await startTestServer({ ...options, sandboxPort: context.sandbox.port });
    context.storeId = await demoStoreId(context.server.knex);
    await context.server.knex('inventory_stock').update({ on_hand: 10_000, is_enabled: true });
    context.fulfillment = await context.server.loginAs('fulfillment');
  });
  afterAll(async () => {
    await context.server?.close();
    await context.sandbox?.close();
  });
  return context;
}
