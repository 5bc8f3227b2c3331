import type { Knex } from 'knex';
import { AMAZON_ORDER_STATUSES, type AmazonOrderStatus } from '@orderdesk/migrations';
import { parseListQuery } from '../../../http/list-query.js';
import { amazonOrdersList } from './list-spec.js';
import { amazonOrderQuery } from './repository.js';

export interface StatusCounts {
  /** Every order the filter matches, whatever its status. */
  total: number;
  /** Every Amazon status, 0 included. */
  statuses: Record<AmazonOrderStatus, number>;
}

/** The filter without its status: the tabs count each status under the rest of the grid's filters. */
function filterWithoutStatus(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw === '') return raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return raw; // parseListQuery answers the 400
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return raw;
  const { status: _status, ...rest } = parsed as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** `GET /api/amazon-orders/status-counts?filter=...`: exact counts per status, one grouped query. */
export async function amazonOrderStatusCounts(knex: Knex, rawFilter: unknown): Promise<StatusCounts> {
  const list = parseListQuery({ filter: filterWithoutStatus(rawFilter) }, amazonOrdersList);
  const rows = await amazonOrderQuery(knex)
    .clearSelect()
    .where(list.where)
    .select('o.status')
    .count<{ status: AmazonOrderStatus; count: number }[]>({ count: '*' })
    .groupBy('o.status');
  const statuses = Object.fromEntries(AMAZON_ORDER_STATUSES.map((status) => [status, 0])) as Record<
    AmazonOrderStatus,
    number
  >;
  for (const row of rows) statuses[row.status] = Number(row.count);
  return { total: rows.reduce((sum, row) => sum + Number(row.count), 0), statuses };
}
