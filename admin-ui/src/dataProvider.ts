import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { fetchDashboard, type DashboardData } from './dashboard/dashboardApi';
import { API_URL, httpClient } from './httpClient';
import { getListWithTotals } from './listTotals';
import type { AmazonCancelReason, AmazonOrder, AmazonOrderStatus, SyncRun } from './types';

/** What `POST /api/amazon-stores/:id/sync` answers: the queued (or already queued or running) run. */
export type RequestedSyncRun = Pick<SyncRun, 'id' | 'store_id' | 'status'> &
  Partial<Omit<SyncRun, 'id' | 'store_id' | 'status'>> & { trigger?: string };

/**
 * What `GET /api/amazon-orders/status-counts` answers: the orders per status under the other filters.
 * Past the API's exact-count limit some numbers are estimates or lower bounds, named in `approximate`.
 */
export interface AmazonOrderStatusCounts {
  total: number;
  statuses: Record<AmazonOrderStatus, number>;
  approximate?: Partial<Record<AmazonOrderStatus | 'total', 'estimate' | 'at-least'>>;
}

/** The standard methods plus the channel's own actions; components ask `useDataProvider<OrderDeskDataProvider>()`. */
export interface OrderDeskDataProvider extends DataProvider {
  /** Sync now: queues a sync of the store, or answers the run already queued or running (admin, manager). */
  syncStore: (id: Identifier) => Promise<{ data: RequestedSyncRun }>;
  /** Asks Amazon to cancel an Unshipped order (admin, manager, fulfillment); answers it as "requested". */
  cancelAmazonOrder: (id: Identifier, reason: AmazonCancelReason) => Promise<{ data: AmazonOrder }>;
  /** Sends again a cancellation that could not reach Amazon (`cancellation_retryable`). */
  retryAmazonCancel: (id: Identifier) => Promise<{ data: AmazonOrder }>;
  /** The dashboard's figures and Recent Orders, "today" starting at midnight in `timeZone`. */
  getDashboard: (timeZone: string) => Promise<{ data: DashboardData }>;
  /** The Amazon orders grid's tab counts: every status under `filter` (its own status ignored). */
  amazonOrderStatusCounts: (filter: object) => Promise<{ data: AmazonOrderStatusCounts }>;
}

const parseSyncRun = (json: unknown): RequestedSyncRun => {
  const run = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<string, unknown>>;
  if (typeof run.id !== 'number' || typeof run.store_id !== 'number' || typeof run.status !== 'string') {
    throw new Error('ra.notification.http_error');
  }
  return run as RequestedSyncRun;
};

const parseAmazonOrder = (json: unknown): AmazonOrder => {
  const order = (typeof json === 'object' && json !== null ? json : {}) as Partial<Record<string, unknown>>;
  if (typeof order.id !== 'string' || typeof order.cancellation_state !== 'string') {
    throw new Error('ra.notification.http_error');
  }
  return order as unknown as AmazonOrder;
};

const amazonOrderUrl = (id: Identifier, action: string) =>
  `${API_URL}/amazon-orders/${encodeURIComponent(String(id))}/${action}`;

const restProvider = simpleRestProvider(API_URL, httpClient);

/**
 * The API speaks ra-data-simple-rest's dialect (api-contract.md): `filter`, `range` (end inclusive) and
 * `sort` query parameters, totals in `Content-Range`. httpClient adds the session cookie and makes the
 * API's `{message}` the error users see.
 */
export const dataProvider: OrderDeskDataProvider = {
  ...restProvider,
  // Also says whether the total is approximate (`meta.totalAccuracy`), for the pagination's label.
  getList: getListWithTotals(API_URL, httpClient),
  // The API refuses a state-changing request without a JSON body type, hence the empty object
  // (fetchJson sends it as application/json).
  syncStore: async (id) => {
    const { json } = await httpClient(`${API_URL}/amazon-stores/${encodeURIComponent(String(id))}/sync`, {
      method: 'POST',
      body: '{}',
    });
    return { data: parseSyncRun(json) };
  },
  cancelAmazonOrder: async (id, reason) => {
    const { json } = await httpClient(amazonOrderUrl(id, 'cancel'), {
      method: 'POST',
      body: JSON.stringify({ reason }),
    });
    return { data: parseAmazonOrder(json) };
  },
  getDashboard: fetchDashboard,
  retryAmazonCancel: async (id) => {
    const { json } = await httpClient(amazonOrderUrl(id, 'cancel/retry'), { method: 'POST', body: '{}' });
    return { data: parseAmazonOrder(json) };
  },
  amazonOrderStatusCounts: async (filter) => {
    const query = new URLSearchParams({ filter: JSON.stringify(filter) });
    const { json } = await httpClient(`${API_URL}/amazon-orders/status-counts?${query}`);
    return { data: json as AmazonOrderStatusCounts };
  },
};
