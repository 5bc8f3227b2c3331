import type { Knex } from 'knex';

/** Lists count their rows exactly up to this many; past it they answer the planner's estimate. */
export const DEFAULT_EXACT_COUNT_LIMIT = 10_000;

/**
 * Searches count exactly up to a tenth of the limit (1,000): each match of a search is checked in its row
 * (a name part against the name), where a filter's rows are counted in an index alone.
 */
export function searchCountLimit(limit: number): number {
  return Math.max(1, Math.floor(limit / 10));
}

/**
 * A list's total. `exact`: counted. `estimate`: more rows than the exact-count limit, and this is the planner's
 * estimate of them ("about 12,345"). `at-least`: more rows than the limit, and the planner guessed fewer, so
 * all that is known is the limit ("more than 10,000").
 */
export interface ListTotal {
  count: number;
  accuracy: 'exact' | 'estimate' | 'at-least';
}

/**
 * Counts the rows of `filtered` (a query without ORDER BY, LIMIT or OFFSET), reading at most `limit` + 1 of
 * them: an exact count of a million matches reads a million rows, while the grid only needs to know how
 * many pages there are, roughly, once there are hundreds.
 */
export async function countList(filtered: Knex.QueryBuilder, limit: number): Promise<ListTotal> {
  const { sql, bindings } = cappedCount(filtered, limit);
  const counted = await runRaw<{ count: string | number }>(filtered, sql, bindings);
  const count = Number(counted[0]?.count ?? 0);
  return count <= limit ? { count, accuracy: 'exact' } : pastLimit(filtered, limit);
}

/** The total of more than `limit` rows: the planner's estimate, or "more than `limit`" if it guesses fewer. */
export async function pastLimit(filtered: Knex.QueryBuilder, limit: number): Promise<ListTotal> {
  const estimate = await plannedRows(filtered);
  return estimate > limit
    ? { count: estimate, accuracy: 'estimate' }
    : { count: limit, accuracy: 'at-least' };
}

/** `select count(*)` of at most `limit` + 1 rows of `filtered`, as SQL with `?` bindings. */
export function cappedCount(
  filtered: Knex.QueryBuilder,
  limit: number,
): { sql: string; bindings: readonly Knex.Value[] } {
  const rows = filtered
    .clone()
    .clearSelect()
    .clearOrder()
    .select(filtered.client.raw('1'))
    .limit(limit + 1);
  const { sql, bindings } = rows.toSQL();
  return { sql: `select count(*) as count from (${sql}) as capped`, bindings };
}

/** The planner's estimate of the rows `filtered` returns (EXPLAIN, nothing run; statistics as ANALYZE left them). */
export async function plannedRows(filtered: Knex.QueryBuilder): Promise<number> {
  const { sql, bindings } = filtered
    .clone()
    .clearSelect()
    .clearOrder()
    .select(filtered.client.raw('1'))
    .toSQL();
  const [row] = await runRaw<{ 'QUERY PLAN': unknown }>(filtered, `explain (format json) ${sql}`, bindings);
  // PostgreSQL answers the plan as JSON text or parsed json, depending on the driver's type parsers.
  const raw = row?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: { 'Plan Rows': number } }];
  return Math.round(plan[0].Plan['Plan Rows']);
}

export async function runRaw<T>(
  builder: Knex.QueryBuilder,
  sql: string,
  bindings: readonly Knex.Value[],
): Promise<T[]> {
  const result = (await builder.client.raw(sql, bindings)) as { rows: T[] };
  return result.rows;
}
