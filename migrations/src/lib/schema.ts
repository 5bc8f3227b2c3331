// Small builders shared by the migrations, so every table spells timestamps, money and checks alike.
import type { Knex } from 'knex';

/** A SQL string literal. The values are our own constants; quoting keeps them safe regardless. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `"column" in ('a', 'b')`. A NULL passes a CHECK, so nullability is decided by the column itself. */
export function inList(column: string, values: readonly string[]): string {
  return `"${column}" in (${values.map(literal).join(', ')})`;
}

/** Named `<table>_<column>_check`, so the API can map a violation to the field it concerns. */
export function checkIn(
  t: Knex.TableBuilder,
  table: string,
  column: string,
  values: readonly string[],
): void {
  t.check(inList(column, values), undefined, `${table}_${column}_check`);
}

/** One `<table>_<column>_check` per column: `"column" >= 0`. */
export function checkNonNegative(t: Knex.TableBuilder, table: string, columns: readonly string[]): void {
  for (const column of columns) t.check(`"${column}" >= 0`, undefined, `${table}_${column}_check`);
}

/** timestamptz column, optionally NOT NULL DEFAULT now(). */
export function timestamptz(
  knex: Knex,
  t: Knex.TableBuilder,
  column: string,
  options: { defaultNow?: boolean } = {},
): Knex.ColumnBuilder {
  const col = t.timestamp(column, { useTz: true });
  return options.defaultNow ? col.notNullable().defaultTo(knex.fn.now()) : col.nullable();
}

/** created_at and updated_at, NOT NULL DEFAULT now(). The API sets updated_at when it changes a row. */
export function timestamps(knex: Knex, t: Knex.TableBuilder): void {
  timestamptz(knex, t, 'created_at', { defaultNow: true });
  timestamptz(knex, t, 'updated_at', { defaultNow: true });
}

/** Money: numeric(14,2); node-pg returns it as a decimal string, never a float. */
export function money(t: Knex.TableBuilder, column: string): Knex.ColumnBuilder {
  return t.decimal(column, 14, 2);
}

/** Money that is never null and starts at zero (order and document totals). */
export function moneyZero(t: Knex.TableBuilder, columns: readonly string[]): void {
  for (const column of columns) money(t, column).notNullable().defaultTo(0);
}

/** ISO 4217 currency code. */
export function currency(t: Knex.TableBuilder, column = 'currency'): Knex.ColumnBuilder {
  return t.specificType(column, 'char(3)');
}

/** Runs SQL statements in order: what the builder cannot say (DESC, expression, partial and GIN indexes,
 * sequences, triggers). */
export async function rawAll(knex: Knex, statements: readonly string[]): Promise<void> {
  for (const sql of statements) await knex.raw(sql);
}
