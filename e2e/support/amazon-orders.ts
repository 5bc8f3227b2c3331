import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { APP_URL, SANDBOX_URL } from './ports';
import { storageStateOf } from './roles';

/** The fields of an Amazon order record the e2e tests read. */
export interface AmazonOrderRecord {
  id: string;
  status: string;
  import_state: string;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
  cancellation_state: string;
  buyer_cancel_requested: boolean;
}

// Amazon's 2-minute *Before rule: orders made "150 s ago" are visible to the next sync at once.
const AGE_SECONDS = 150;
// A SKU the demo catalog has plenty of (240 units), so that imports are never blocked for stock.
const IN_STOCK_SKU = 'OD-MUG-001';

async function sandboxPost<T>(api: APIRequestContext, path: string, data: object): Promise<T> {
  const answer = await api.post(`${SANDBOX_URL}/_sandbox${path}`, { data });
  expect(answer.ok(), `${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

/** A seller-fulfilled order created on "Amazon" (the sandbox), in the given status; answers its id. */
export async function createAmazonOrder(
  api: APIRequestContext,
  status: 'Unshipped' | 'Shipped',
  skus: string[] = [IN_STOCK_SKU],
): Promise<string> {
  const { order_ids } = await sandboxPost<{ order_ids: string[] }>(api, '/orders', {
    count: 1,
    status,
    fulfillment_channel: 'MFN',
    skus,
    quantity: 1,
    age_seconds: AGE_SECONDS,
    brief: true,
  });
  return order_ids[0]!;
}

/** The buyer asks Amazon to cancel the order. */
export async function requestBuyerCancel(api: APIRequestContext, id: string, reason: string): Promise<void> {
  await sandboxPost(api, `/orders/${id}/buyer-cancel-request`, { reason, age_seconds: AGE_SECONDS - 10 });
}

/** Amazon will refuse the next cancellation of the order, with this message. */
export async function refuseNextCancel(api: APIRequestContext, id: string, message: string): Promise<void> {
  await sandboxPost(api, '/feeds/refuse-next', { amazon_order_id: id, message });
}

/**
 * The sandbox refuses every createFeedDocument call with a 403 until clearFaults: the connector renews its
 * token and tries once more, then gives up at once (a 403 is not worth the outbox's backoff).
 */
export async function refuseFeedDocuments(api: APIRequestContext): Promise<void> {
  await sandboxPost(api, '/faults', { operation: 'createFeedDocument', status: 403, count: 1000 });
}

export async function clearFaults(api: APIRequestContext): Promise<void> {
  await api.delete(`${SANDBOX_URL}/_sandbox/faults`);
}

/** An API session of a demo user (the storage state auth.setup.ts saved). */
export const apiAs = (role: 'manager' | 'fulfillment' | 'support'): Promise<APIRequestContext> =>
  request.newContext({ baseURL: APP_URL, storageState: storageStateOf(role) });

/**
 * Makes the app import the order now: a manager asks for a sync of the demo store (again, if the run that
 * answered had started before the order existed) until the order is there and `ready` holds.
 */
export async function syncUntil(
  manager: APIRequestContext,
  id: string,
  ready: (order: AmazonOrderRecord) => boolean,
): Promise<AmazonOrderRecord> {
  const stores = (await (await manager.get('/api/amazon-stores')).json()) as { id: number }[];
  const storeId = stores[0]!.id;
  const last: { order?: AmazonOrderRecord } = {};
  await expect
    .poll(
      async () => {
        const answer = await manager.get(`/api/amazon-orders/${encodeURIComponent(id)}`);
        if (answer.ok()) {
          last.order = (await answer.json()) as AmazonOrderRecord;
          if (ready(last.order)) return true;
        }
        await manager.post(`/api/amazon-stores/${storeId}/sync`, { data: {} });
        return false;
      },
      { message: `Amazon order ${id} imported`, timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe(true);
  return last.order!;
}

/** An Unshipped order imported as a Commerce order. */
export const isImported = (order: AmazonOrderRecord) =>
  order.import_state === 'imported' && order.commerce_order_id !== null;

/** An Unshipped seller-fulfilled order made on "Amazon" and imported by the app with its Commerce order. */
export async function importedUnshippedOrder(
  manager: APIRequestContext,
  skus?: string[],
): Promise<AmazonOrderRecord> {
  return syncUntil(manager, await createAmazonOrder(manager, 'Unshipped', skus), isImported);
}

/**
 * A manager's API session for the spec file that calls this at its top level: opened before the file's
 * first test and disposed after its last. Answers a getter, since the session exists once beforeAll ran.
 */
export function managerApiForFile(): () => APIRequestContext {
  let manager: APIRequestContext | undefined;
  test.beforeAll(async () => {
    manager = await apiAs('manager');
  });
  test.afterAll(async () => {
    await manager?.dispose();
  });
  return () => {
    if (!manager) throw new Error('The manager session opens in beforeAll.');
    return manager;
  };
}

export const amazonOrderPath = (id: string) => `/#/amazon-orders/${encodeURIComponent(id)}/show`;
