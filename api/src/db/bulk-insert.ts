import type { Knex } from 'knex';

/**
 * Many rows in one INSERT with one parameter: the rows as one JSON document, `insert into t (a, b)
 * select a, b from json_to_recordset($1) as r(a int, b text)`. A multi-row VALUES list of a sync page
 * has thousands of parameters that knex, the driver and PostgreSQL's parser each walk one by one (and
 * per-column arrays make the driver escape every string); JSON.stringify and PostgreSQL's JSON parser
 * are native code. Same SQL on PostgreSQL and PGlite.
 */
export interface BulkInsert {
  table: string;
  rows: readonly Record<string, unknown>[];
  /** What follows the rows: `on conflict (...) do ...`, written by the caller. */
  onConflict?: string;
  returning?: readonly string[];
}

interface ColumnInfo {
  type: string;
  /** The column's default expression, if it has one. */
  fallback: string | null;
}

// Each table's columns, read once per process (the schema is the migrations', the same everywhere).
const columnTypes = new Map<string, Promise<Map<string, ColumnInfo>>>();

function typesOf(db: Knex | Knex.Transaction, table: string): Promise<Map<string, ColumnInfo>> {
  let types = columnTypes.get(table);
  if (!types) {
    types = db
      .raw(
        `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
                pg_get_expr(d.adbin, d.adrelid) as fallback
           from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
          where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped`,
        [table],
      )
      .then((result: { rows: { name: string; type: string; fallback: string | null }[] }) => {
        return new Map(result.rows.map(({ name, type, fallback }) => [name, { type, fallback }]));
      });
    types.catch(() => columnTypes.delete(table));
    columnTypes.set(table, types);
  }
  return types;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

const DEFAULT_FLAG = '__default__';

/**
 * Inserts the rows (the first row's keys are the columns) and answers the returned columns. As with
 * knex, an undefined value takes the column's default (a sequence's next number, say) and null is NULL.
 */
export async function bulkInsert<T = Record<string, unknown>>(
  db: Knex | Knex.Transaction,
  { table, rows, onConflict = '', returning }: BulkInsert,
): Promise<T[]> {
  if (rows.length === 0) return [];
  const types = await typesOf(db, table);
  const columns = Object.keys(rows[0]!);
  // Each column read from the row's key of the same name; a column some rows leave undefined (so
  // JSON.stringify drops it) takes its default in those rows, said by a flag riding along.
  const fields: string[] = [];
  const defaulted: string[] = [];
  const selected = columns.map((column) => {
    const info = types.get(column);
    if (!info) throw new Error(`bulkInsert: ${table} has no column ${column}`);
    fields.push(`${quoted(column)} ${info.type}`);
    if (info.fallback === null || !rows.some((row) => row[column] === undefined))
      return `r.${quoted(column)}`;
    defaulted.push(column);
    fields.push(`${quoted(DEFAULT_FLAG + column)} boolean`);
    return `case when r.${quoted(DEFAULT_FLAG + column)} then ${info.fallback} else r.${quoted(column)} end`;
  });
  const document =
    defaulted.length === 0
      ? rows
      : rows.map((row) => ({
          ...row,
          ...Object.fromEntries(
            defaulted.map((column) => [DEFAULT_FLAG + column, row[column] === undefined]),
          ),
        }));
  const sql = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')})
    select ${selected.join(', ')} from json_to_recordset(?::json) as r(${fields.join(', ')})
    ${onConflict}
    ${returning && returning.length > 0 ? `returning ${returning.map(quoted).join(', ')}` : ''}`;
  const result = await db.raw(sql, [JSON.stringify(document)]);
  return result.rows as T[];
}

/** `col = excluded.col, ...` for an `on conflict ... do update set` clause. */
export function setFromExcluded(columns: readonly string[]): string {
  return columns.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ');
}
