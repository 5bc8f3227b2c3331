import { API_URL, httpClient } from '../httpClient';
import type { AmazonOrderStatus, ImportState } from '../types';

export const HEADLINES = [
  'purchased_today',
  'awaiting_shipment',
  'buyer_cancel_requests',
  'import_errors',
] as const;
export type Headline = (typeof HEADLINES)[number];

export interface HeadlineFigure {
  count: number;
  /** The Amazon orders grid's filter that lists exactly the counted orders. */
  filter: Record<string, unknown>;
}

export interface RecentOrder {
  /** The Amazon order number. */
  id: string;
  store_id: number;
  purchase_date: string;
  status: AmazonOrderStatus;
  buyer_name: string | null;
  order_total: string | null;
  currency: string | null;
  import_state: ImportState;
  /** The import error of a blocked order, else its last action. */
  notes: string | null;
}

export interface StoreSync {
  store_id: number;
  name: string;
  is_active: boolean;
  last_sync_at: string | null;
  last_run: {
    id: number;
    status: string;
    started_at: string;
    finished_at: string | null;
    orders_seen: number;
    created: number;
    updated: number;
    canceled: number;
    blocked: number;
    errors: number;
    error_message: string | null;
  } | null;
}

/** What `GET /api/dashboard` answers. */
export interface DashboardData {
  time_zone: string;
  today_start: string;
  headlines: Record<Headline, HeadlineFigure>;
  stores: StoreSync[];
  recent_orders: RecentOrder[];
}

const isDashboard = (json: unknown): json is DashboardData => {
  const data = json as Partial<DashboardData> | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray(data.recent_orders) &&
    Array.isArray(data.stores) &&
    typeof data.headlines === 'object' &&
    HEADLINES.every((name) => typeof data.headlines?.[name]?.count === 'number')
  );
};

/** The browser's time zone, so that "today" is the user's day; UTC when the browser does not say. */
export const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
};

/** `GET /api/dashboard?tz=...`: every figure is computed by the API. */
export const fetchDashboard = async (timeZone: string): Promise<{ data: DashboardData }> => {
  const { json } = await httpClient(`${API_URL}/dashboard?tz=${encodeURIComponent(timeZone)}`);
  if (!isDashboard(json)) throw new Error('ra.notification.http_error');
  return { data: json };
};
