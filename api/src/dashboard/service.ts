import type { Knex } from 'knex';
import { headlineFilters, HEADLINES, type GridFilter, type Headline } from './headlines.js';
import {
  countAmazonOrders,
  lastSyncPerStore,
  recentAmazonOrders,
  startOfToday,
  type RecentOrder,
  type StoreSync,
} from './repository.js';

const RECENT_ORDERS = 10;

export interface HeadlineFigure {
  count: number;
  /** The Amazon orders grid's filter that lists exactly the counted orders. */
  filter: GridFilter;
}

export interface Dashboard {
  time_zone: string;
  /** Where "today" starts for purchased_today (midnight in time_zone). */
  today_start: Date;
  headlines: Record<Headline, HeadlineFigure>;
  stores: StoreSync[];
  recent_orders: RecentOrder[];
}

/** The dashboard's figures, all computed here (never by the panel from a page of rows). */
export async function loadDashboard(db: Knex, timeZone: string): Promise<Dashboard> {
  const todayStart = await startOfToday(db, timeZone);
  const filters = headlineFilters(todayStart);
  const [counts, stores, recent] = await Promise.all([
    Promise.all(HEADLINES.map((name) => countAmazonOrders(db, filters[name]))),
    lastSyncPerStore(db),
    recentAmazonOrders(db, RECENT_ORDERS),
  ]);
  const headlines = Object.fromEntries(
    HEADLINES.map((name, index) => [name, { count: counts[index]!, filter: filters[name] }]),
  ) as Record<Headline, HeadlineFigure>;
  return { time_zone: timeZone, today_start: todayStart, headlines, stores, recent_orders: recent };
}
