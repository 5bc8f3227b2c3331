import type { Knex } from 'knex';
import { BadRequestError } from './errors.js';
import { isPgInteger, PG_INT_MAX, PG_INT_MIN } from './ids.js';
import { escapeLike } from './search-term.js';

/** How one filter key maps onto SQL. `column` is a trusted SQL identifier or expression, never user input. */
export type FilterSpec =
  | { type: 'text'; column: string }
  | { type: 'contains'; column: string }
  /** Starts with the value, case-sensitively: a btree with text_pattern_ops answers it. */
  | { type: 'prefix'; column: string }
  | { type: 'int'; column: string; range?: boolean }
  | { type: 'decimal'; column: string; range?: boolean }
  | { type: 'date'; column: string; range?: boolean }
  | { type: 'bool'; column: string }
  | { type: 'enum'; column: string; values: readonly string[] }
  /** The column holds another table's key, found by `lookup`: SQL whose one `?` is the array of values. */
  | { type: 'lookup'; column: string; lookup: string };

export interface ListSpec {
  resource: string;
  /** The id column, used by getMany (`filter={"id":[...]}`). */
  idColumn: string;
  /**
   * The table's primary key when it is not the id column: the sort's tie-breaker and the key a page is read
   * by. Indexes for sorting end with it, so that a page's keys come from the index alone.
   */
  rowKey?: string;
  idType: 'int' | 'text';
  sortable: Record<string, string>;
  defaultSort: readonly [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterSpec>;
  /** Applies `filter.q`; lists without full-text search refuse q. */
  search?: (query: Knex.QueryBuilder, term: string) => void;
}

export interface ListQuery {
  where: (query: Knex.QueryBuilder) => void;
  orderBy: { column: string; order: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
  /** The spec's row key (or id column): unique, the last sort key. */
  rowKey: string;
  /**
   * A search term (`filter.q`) or a "contains" filter is given: its matches are checked row by row, so
   * counting costs more.
   */
  searches: boolean;
}

export const MAX_PAGE_ROWS = 1000;
const DEFAULT_RANGE: [number, number] = [0, 24];

type Query = Record<string, unknown>;

/** Parses ra-data-simple-rest's `filter`, `range` and `sort`; anything unknown or malformed is a 400. */
export function parseListQuery(query: Query, spec: ListSpec): ListQuery {
  const [offset, limit] = parseRange(query.range);
  const orderBy = parseSort(query.sort, spec);
  const filter = parseJsonParam(query.filter, 'filter');
  if (filter !== undefined && (typeof filter !== 'object' || filter === null || Array.isArray(filter))) {
    throw new BadRequestError('filter must be a JSON object.', { field: 'filter' });
  }
  const conditions = Object.entries((filter ?? {}) as Record<string, unknown>).map(([key, value]) =>
    buildCondition(key, value, spec),
  );
  return {
    where: (builder) => conditions.forEach((apply) => apply(builder)),
    orderBy,
    offset,
    limit,
    rowKey: spec.rowKey ?? spec.idColumn,
    searches: checksRows((filter ?? {}) as Record<string, unknown>, spec),
  };
}

/**
 * Whether the filter's matches are checked row by row, as a search term's (`q`) and a "contains" filter's
 * (`%text%` against the column: no index answers it alone) are: they are counted as a search is.
 */
function checksRows(filter: Record<string, unknown>, spec: ListSpec): boolean {
  return Object.entries(filter).some(
    ([key, value]) =>
      (key === 'q' || spec.filters[key]?.type === 'contains') &&
      typeof value === 'string' &&
      value.trim() !== '',
  );
}

/** Adds the list's ORDER BY (the sort, then the row key) to `query`. */
export function orderList(query: Knex.QueryBuilder, list: ListQuery): Knex.QueryBuilder {
  for (const { column, order } of list.orderBy) query.orderByRaw(`${column} ${order}`);
  return query;
}

function parseJsonParam(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string')
    throw new BadRequestError(`${name} must be given once, as JSON.`, { field: name });
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequestError(`${name} is not valid JSON.`, { field: name });
  }
}

function parseRange(raw: unknown): [number, number] {
  const range = parseJsonParam(raw, 'range') ?? DEFAULT_RANGE;
  const valid =
    Array.isArray(range) &&
    range.length === 2 &&
    range.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    range[1] >= range[0];
  if (!valid)
    throw new BadRequestError('range must be [start, end] with 0 <= start <= end.', { field: 'range' });
  const [start, end] = range as [number, number];
  const limit = end - start + 1;
  if (limit > MAX_PAGE_ROWS) {
    throw new BadRequestError(`range asks for ${limit} rows; at most ${MAX_PAGE_ROWS} a page.`, {
      field: 'range',
    });
  }
  return [start, limit];
}

function parseSort(raw: unknown, spec: ListSpec): ListQuery['orderBy'] {
  const sort = parseJsonParam(raw, 'sort') ?? spec.defaultSort;
  if (
    !Array.isArray(sort) ||
    sort.length !== 2 ||
    typeof sort[0] !== 'string' ||
    typeof sort[1] !== 'string'
  ) {
    throw new BadRequestError('sort must be ["field", "ASC" | "DESC"].', { field: 'sort' });
  }
  const [field, direction] = sort as [string, string];
  // Own keys only: `__proto__` or `constructor` must not find Object's own members.
  const column = Object.hasOwn(spec.sortable, field) ? spec.sortable[field] : undefined;
  if (!column) {
    const allowed = Object.keys(spec.sortable).join(', ');
    throw new BadRequestError(`Cannot sort ${spec.resource} by "${field}". Sortable: ${allowed}.`, {
      field: 'sort',
    });
  }
  const order = direction.toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') {
    throw new BadRequestError('sort order must be ASC or DESC.', { field: 'sort' });
  }
  const orderBy: ListQuery['orderBy'] = [{ column, order: order === 'ASC' ? 'asc' : 'desc' }];
  const rowKey = spec.rowKey ?? spec.idColumn;
  if (column !== rowKey) orderBy.push({ column: rowKey, order: orderBy[0]!.order });
  return orderBy;
}

type Condition = (query: Knex.QueryBuilder) => void;

function buildCondition(key: string, value: unknown, spec: ListSpec): Condition {
  if (key === 'q') return buildSearch(value, spec);
  if (key === 'id') {
    const ids = (Array.isArray(value) ? value : [value]).map((id) =>
      parseValue({ type: spec.idType }, id, 'id'),
    );
    return (query) => void query.whereIn(spec.idColumn, ids);
  }
  const suffix = key.endsWith('_gte') ? '_gte' : key.endsWith('_lte') ? '_lte' : '';
  const field = suffix ? key.slice(0, -suffix.length) : key;
  const filter = Object.hasOwn(spec.filters, field) ? spec.filters[field] : undefined;
  if (!filter || (suffix && !('range' in filter && filter.range))) {
    const allowed = Object.keys(spec.filters).join(', ') || 'none';
    throw new BadRequestError(`Cannot filter ${spec.resource} by "${key}". Filters: q, id, ${allowed}.`, {
      field: `filter.${key}`,
    });
  }
  if (suffix) {
    const bound = parseValue(filter, value, key);
    const operator = suffix === '_gte' ? '>=' : '<=';
    return (query) => void query.whereRaw(`${filter.column} ${operator} ?`, [bound]);
  }
  if (filter.type === 'contains') {
    const text = parseValue({ type: 'text' }, value, key) as string;
    return (query) => void query.whereRaw(`${filter.column} ilike ?`, [`%${escapeLike(text)}%`]);
  }
  if (filter.type === 'lookup') {
    const values = (Array.isArray(value) ? value : [value]).map((item) =>
      String(parseValue({ type: 'text' }, item, key)),
    );
    return (query) => void query.whereRaw(`${filter.column} = any(array(${filter.lookup}))`, [values]);
  }
  if (filter.type === 'prefix') {
    const text = parseValue({ type: 'text' }, value, key) as string;
    return (query) => void query.whereRaw(`${filter.column} like ?`, [`${escapeLike(text)}%`]);
  }
  if (Array.isArray(value) && (filter.type === 'enum' || filter.type === 'text' || filter.type === 'int')) {
    // Sent as one array literal; PostgreSQL casts it to the column's type.
    const values = value.map((item) => String(parseValue(filter, item, key)));
    return (query) => void query.whereRaw(`${filter.column} = any(?)`, [values]);
  }
  const parsed = parseValue(filter, value, key);
  return (query) => void query.whereRaw(`${filter.column} = ?`, [parsed]);
}

function buildSearch(value: unknown, spec: ListSpec): Condition {
  if (!spec.search)
    throw new BadRequestError(`${spec.resource} has no full-text search.`, { field: 'filter.q' });
  const term = parseValue({ type: 'text' }, value, 'q') as string;
  const search = spec.search;
  return (query) => {
    if (term.trim() !== '') search(query, term.trim());
  };
}

const MAX_TEXT = 200;
const DECIMAL = /^-?\d{1,12}(\.\d{1,4})?$/;

function parseValue(
  filter: { type: FilterSpec['type'] | 'int' | 'text'; values?: readonly string[] },
  value: unknown,
  key: string,
) {
  const fail = (expected: string): never => {
    throw new BadRequestError(`filter.${key} must be ${expected}.`, { field: `filter.${key}` });
  };
  switch (filter.type) {
    case 'int': {
      const number = typeof value === 'string' && /^-?\d{1,10}$/.test(value) ? Number(value) : value;
      if (isPgInteger(number)) return number;
      return fail(`an integer from ${PG_INT_MIN} to ${PG_INT_MAX}`);
    }
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value === 'string' && DECIMAL.test(value)) return value;
      return fail('a decimal number');
    case 'bool':
      if (typeof value === 'boolean') return value;
      return fail('true or false');
    case 'date':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
      return fail('an ISO 8601 date');
    case 'enum':
      if (typeof value === 'string' && filter.values?.includes(value)) return value;
      return fail(`one of ${filter.values?.join(', ')}`);
    default:
      if (typeof value === 'string' && value.length <= MAX_TEXT) return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      return fail(`a string of at most ${MAX_TEXT} characters`);
  }
}
