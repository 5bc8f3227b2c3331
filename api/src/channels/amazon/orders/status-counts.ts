import type { Knex } from 'knex';
import { AMAZON_ORDER_STATUSES, type AmazonOrderStatus } from '@orderdesk/migrations';
import {
  pastLimit,
  plannedRows,
  runRaw,
  searchCountLimit,
  type ListTotal,
} from '../../../http/list-count.js';
import { parseListQuery } from '../../../http/list-query.js';
import { amazonOrdersList } from './list-spec.js';
import { amazonOrderQuery } from './repository.js';

type Approximate = Exclude<ListTotal['accuracy'], 'exact'>;

export interface StatusCounts {
  /** Every order the filter matches, whatever its status (as the list's total). */
  total: number;
  /** Every Amazon status, 0 included. */
  statuses: Record<AmazonOrderStatus, number>;
  /** The numbers that are estimates (`estimate`) or lower bounds (`at-least`), by status or `total`. */
  approximate: Partial<Record<AmazonOrderStatus | 'total', Approximate>>;
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

/**
 * `GET /api/amazon-orders/status-counts?filter=...`, counted as the list counts (list-count.ts): while the
 * filter matches at most the exact-count limit, one grouped count of them all. Past it, the total is the
 * list's estimate, and so is each status the planner expects more than a tenth of the limit of; the others
 * are counted up to that tenth. A search's matches are checked row by row (and the planner's guesses of a
 * name part per status are poor): its statuses are those of the matches counted, scaled to the estimate.
 */
export async function amazonOrderStatusCounts(
  knex: Knex,
  rawFilter: unknown,
  exactCountLimit: number,
): Promise<StatusCounts> {
  const list = parseListQuery({ filter: filterWithoutStatus(rawFilter) }, amazonOrdersList);
  const filtered = () => amazonOrderQuery(knex).clearSelect().where(list.where);
  const limit = list.searches ? searchCountLimit(exactCountLimit) : exactCountLimit;
  const grouped = await countByStatus(filtered(), limit);
  const counted = [...grouped.values()].reduce((sum, count) => sum + count, 0);
  if (counted <= limit) return answer(grouped, { count: counted, accuracy: 'exact' }, {});
  if (list.searches) return sampledSearch(grouped, counted, await pastLimit(filtered(), limit));
  const tabLimit = searchCountLimit(exactCountLimit);
  const [total, estimates] = await Promise.all([
    pastLimit(filtered(), limit),
    Promise.all(AMAZON_ORDER_STATUSES.map((status) => plannedRows(filtered().where('o.status', status)))),
  ]);
  const counts = new Map(AMAZON_ORDER_STATUSES.map((status, i) => [status, estimates[i]!]));
  const approximate: StatusCounts['approximate'] = {};
  for (const status of AMAZON_ORDER_STATUSES) approximate[status] = 'estimate';
  const few = AMAZON_ORDER_STATUSES.filter((status) => counts.get(status)! <= tabLimit);
  const fewCounted = await countStatuses(filtered(), few, tabLimit);
  few.forEach((status, i) => {
    const count = fewCounted[i]!;
    // Counted: exactly, or more than the tabs count (the planner guessed fewer than there are).
    counts.set(status, Math.min(count, tabLimit));
    if (count <= tabLimit) delete approximate[status];
    else approximate[status] = 'at-least';
  });
  return answer(counts, total, approximate);
}

/** A search past its limit: the statuses of the `counted` matches read, scaled to the total's estimate. */
function sampledSearch(
  sample: Map<AmazonOrderStatus, number>,
  counted: number,
  total: ListTotal,
): StatusCounts {
  const scale = total.accuracy === 'estimate' ? total.count / counted : 1;
  const counts = new Map([...sample].map(([status, count]) => [status, Math.round(count * scale)]));
  const approximate: StatusCounts['approximate'] = {};
  for (const status of AMAZON_ORDER_STATUSES) approximate[status] = scale === 1 ? 'at-least' : 'estimate';
  return answer(counts, total, approximate);
}

/** Orders per status among the first `limit` + 1 the filter matches (all of them, if no more). */
async function countByStatus(
  filtered: Knex.QueryBuilder,
  limit: number,
): Promise<Map<AmazonOrderStatus, number>> {
  const rows = filtered
    .select('o.status')
    .limit(limit + 1)
    .toSQL();
  const counts = await runRaw<{ status: AmazonOrderStatus; count: string }>(
    filtered,
    `select status, count(*) as count from (${rows.sql}) as matched group by status`,
    rows.bindings,
  );
  return new Map(counts.map((row) => [row.status, Number(row.count)]));
}

/**
 * Each of `statuses` counted up to `limit` + 1, in one statement: one capped count each, planned for its own
 * status (a status the planner expects few of is read from the status index).
 */
async function countStatuses(
  filtered: Knex.QueryBuilder,
  statuses: readonly AmazonOrderStatus[],
  limit: number,
): Promise<number[]> {
  if (statuses.length === 0) return [];
  const counts = statuses.map((status) =>
    filtered
      .clone()
      .where('o.status', status)
      .select(filtered.client.raw('1'))
      .limit(limit + 1)
      .toSQL(),
  );
  const [row] = await runRaw<Record<string, string>>(
    filtered,
    `select ${counts.map(({ sql }, i) => `(select count(*) from (${sql}) as capped) as count_${i}`).join(', ')}`,
    counts.flatMap(({ bindings }) => bindings),
  );
  return statuses.map((_status, i) => Number(row?.[`count_${i}`] ?? 0));
}

function answer(
  counts: Map<AmazonOrderStatus, number>,
  total: ListTotal,
  approximate: StatusCounts['approximate'],
): StatusCounts {
  const statuses = Object.fromEntries(
    AMAZON_ORDER_STATUSES.map((status) => [status, counts.get(status) ?? 0]),
  ) as Record<AmazonOrderStatus, number>;
  if (total.accuracy !== 'exact') approximate.total = total.accuracy;
  return { total: total.count, statuses, approximate };
}
