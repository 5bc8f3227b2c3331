import type { Knex } from 'knex';
import { amazonOrdersList } from '../channels/amazon/orders/list-spec.js';
import { parseListQuery } from '../http/list-query.js';
import { BadRequestError } from '../http/errors.js';
import type { GridFilter } from './headlines.js';

const INVALID_PARAMETER_VALUE = '22023';

/** Midnight of the current day in `timeZone`, as an instant. */
export async function startOfToday(db: Knex, timeZone: string): Promise<Date> {
  try {
    const result: { rows: { start: Date }[] } = await db.raw(
      `select date_trunc('day', now() at time zone ?) at time zone ? as start`,
      [timeZone, timeZone],
    );
    return result.rows[0]!.start;
  } catch (error) {
    // A zone the runtime knows but this PostgreSQL's zone data does not.
    if ((error as { code?: unknown }).code === INVALID_PARAMETER_VALUE) {
      throw new BadRequestError(`The time zone "${timeZone}" is not known to the database.`, { field: 'tz' });
    }
    throw error;
  }
}

/**
 * How many Amazon orders the grid would list with this filter. It goes through the grid's own list spec,
 * so it filters exactly as the grid does, on the columns that spec keeps indexed.
 */
export async function countAmazonOrders(db: Knex, filter: GridFilter): Promise<number> {
  const list = parseListQuery({ filter: JSON.stringify(filter) }, amazonOrdersList);
  const row = await db('amazon_orders as o').where(list.where).first(db.raw('count(*)::integer as count'));
  return Number(row?.count ?? 0);
}

export interface RecentOrder {
  id: string;
  store_id: number;
  purchase_date: Date;
  status: string;
  buyer_name: string | null;
  order_total: string | null;
  currency: string | null;
  import_state: string;
  notes: string | null;
}

/** The latest Amazon orders by purchase date (the index on purchase_date desc, id desc). */
export function recentAmazonOrders(db: Knex, limit: number): Promise<RecentOrder[]> {
  return db('amazon_orders as o')
    .select(
      'o.amazon_order_id as id',
      'o.store_id',
      'o.purchase_date',
      'o.status',
      'o.buyer_name',
      'o.order_total',
      'o.currency',
      'o.import_state',
      // Order Notes: why the import is blocked, else what happened last.
      db.raw(`case when o.import_state = 'blocked' then o.import_error else o.last_action end as notes`),
    )
    .orderBy([
      { column: 'o.purchase_date', order: 'desc' },
      { column: 'o.id', order: 'desc' },
    ])
    .limit(limit);
}

export interface SyncRunSummary {
  id: number;
  status: string;
  trigger: string;
  started_at: Date;
  finished_at: Date | null;
  orders_seen: number;
  created: number;
  updated: number;
  canceled: number;
  blocked: number;
  errors: number;
  error_message: string | null;
}

export interface StoreSync {
  store_id: number;
  name: string;
  is_active: boolean;
  last_sync_at: Date | null;
  last_run: SyncRunSummary | null;
}

const RUN_FIELDS = [
  'id',
  'status',
  'trigger',
  'started_at',
  'finished_at',
  'orders_seen',
  'created',
  'updated',
  'canceled',
  'blocked',
  'errors',
  'error_message',
] as const satisfies readonly (keyof SyncRunSummary)[];

type StoreSyncRow = Omit<StoreSync, 'last_run'> & {
  [K in keyof SyncRunSummary as `run_${K}`]: SyncRunSummary[K] | null;
};

/** Every store with its latest sync run (queued, running or finished): one index probe per store. */
export async function lastSyncPerStore(db: Knex): Promise<StoreSync[]> {
  const rows: StoreSyncRow[] = await db('amazon_stores as s')
    .select('s.id as store_id', 's.name', 's.is_active', 's.last_sync_at')
    .select(RUN_FIELDS.map((field) => `r.${field} as run_${field}`))
    .joinRaw(
      `left join lateral (
         select * from amazon_sync_runs
          where store_id = s.id
          order by started_at desc, id desc
          limit 1
       ) r on true`,
    )
    .orderBy([{ column: 's.name' }, { column: 's.id' }]);
  return rows.map((row) => ({
    store_id: row.store_id,
    name: row.name,
    is_active: row.is_active,
    last_sync_at: row.last_sync_at,
    last_run:
      row.run_id === null
        ? null
        : (Object.fromEntries(
            RUN_FIELDS.map((field) => [field, row[`run_${field}`]]),
          ) as unknown as SyncRunSummary),
  }));
}
