import type { Knex } from 'knex';
import {
  countList,
  DEFAULT_EXACT_COUNT_LIMIT,
  pastLimit,
  runRaw,
  searchCountLimit,
  type ListTotal,
} from './list-count.js';
import { orderList, type ListQuery } from './list-query.js';

export interface RunListOptions {
  /** Counted exactly up to this many rows, estimated past it (default DEFAULT_EXACT_COUNT_LIMIT). */
  exactCountLimit?: number;
  /**
   * The list's table alone, without the joins that only add fields (default: the rows' query). The page's
   * keys and the count are read from it: a join, even one PostgreSQL then removes, keeps it from answering
   * them from an index alone.
   */
  from?: Knex.QueryBuilder;
}

export interface ListPage<T> {
  rows: T[];
  total: ListTotal;
}

/**
 * Runs the page and the total of the same filtered set. The page is read in two steps (a deferred join):
 * the keys of its rows, sorted and skipped over on the sort's index alone, then those rows with every
 * field. Page 2,000 thus skips 50,000 index entries rather than 50,000 rows, and the fields' subqueries run
 * for the page's rows only. The total is counted up to a limit, then estimated (list-count.ts).
 */
export async function runList<T>(
  base: Knex.QueryBuilder,
  list: ListQuery,
  options: RunListOptions = {},
): Promise<ListPage<T>> {
  const from = options.from ?? base;
  const limit = options.exactCountLimit ?? DEFAULT_EXACT_COUNT_LIMIT;
  if (list.searches) return runSearch<T>(base, list, from, searchCountLimit(limit));
  const [rows, total] = await Promise.all([
    pageQuery(base, list, from) as Promise<T[]>,
    countList(from.clone().where(list.where), limit),
  ]);
  return { rows, total };
}

/** The page's rows: `base`'s fields of the rows whose keys `from` sorts onto the page (see runList). */
export function pageQuery(base: Knex.QueryBuilder, list: ListQuery, from = base): Knex.QueryBuilder {
  const keys = from.clone().where(list.where).clearSelect().select(base.client.raw(list.rowKey));
  const page = orderList(keys, list).offset(list.offset).limit(list.limit);
  return orderList(base.clone().whereRaw(`${list.rowKey} = any(array(?))`, [page]), list);
}

/**
 * A search checks each match in its row (a name part against the name: no index answers it alone), so its
 * matches are read once for both the total and the page: their keys and sort values, at most `limit` + 1,
 * counted and sorted in one statement, then the page's rows by key. Past `limit` matches those are not all
 * of them: the page is read as any list's (the sort's index finds it soon among so many) and the total is
 * estimated.
 */
async function runSearch<T>(
  base: Knex.QueryBuilder,
  list: ListQuery,
  from: Knex.QueryBuilder,
  limit: number,
): Promise<ListPage<T>> {
  const filtered = from.clone().where(list.where);
  const columns = [`${list.rowKey} as key`, ...list.orderBy.map(({ column }, i) => `${column} as sort_${i}`)];
  const matches = filtered
    .clone()
    .clearSelect()
    .select(base.client.raw(columns.join(', ')))
    .limit(limit + 1)
    .toSQL();
  const order = list.orderBy.map(({ order: direction }, i) => `sort_${i} ${direction}`).join(', ');
  const [found] = await runRaw<{ total: string | number; keys: (string | number)[] }>(
    base,
    `with matches as materialized (${matches.sql})
     select (select count(*) from matches) as total,
            array(select key from matches order by ${order} limit ? offset ?) as keys`,
    [...matches.bindings, list.limit, list.offset],
  );
  const total = Number(found?.total ?? 0);
  if (total > limit) {
    const [rows, estimated] = await Promise.all([
      pageQuery(base, list, from) as Promise<T[]>,
      pastLimit(filtered, limit),
    ]);
    return { rows, total: estimated };
  }
  const keys = found?.keys ?? [];
  const rows: T[] =
    keys.length === 0
      ? []
      : await orderList(base.clone().whereRaw(`${list.rowKey} = any(?)`, [keys.map(String)]), list);
  return { rows, total: { count: total, accuracy: 'exact' } };
}
