// The rows a piece of work added, found by their keys: every table with a one-column integer primary key
// (all of this schema's but inventory_stock) gets new keys above the largest one before. Used to insert the
// same rows again bare (the import's floor) and to take them out afterwards, so the database keeps its size.
import type { Knex } from 'knex';

export interface KeyedTable {
  table: string;
  key: string;
  /** The largest key before the work (0 for an empty table). */
  before: number;
}

export interface Snapshot {
  /** Parents first: a table comes after the tables its foreign keys reference. */
  tables: KeyedTable[];
  /** The stock rows' figures (the ledger's trigger moves `reserved`), put back by removeNewRows. */
  stock: { sku: string; on_hand: number; reserved: number }[];
}

export async function snapshotKeys(knex: Knex): Promise<Snapshot> {
  const { rows } = await knex.raw<{ rows: { table: string; key: string }[] }>(
    `select c.relname as table, a.attname as key
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
      where i.indisprimary and i.indnatts = 1 and a.atttypid in ('int4'::regtype, 'int8'::regtype)
        and c.relname not like 'knex_%'`,
  );
  const { rows: references } = await knex.raw<{ rows: { child: string; parent: string }[] }>(
    `select conrelid::regclass::text as child, confrelid::regclass::text as parent
       from pg_constraint where contype = 'f' and conrelid <> confrelid`,
  );
  const tables: KeyedTable[] = [];
  for (const { table, key } of rows) {
    const result = await knex.raw<{ rows: { max: number | null }[] }>(
      `select max(${key}) as max from ${table}`,
    );
    tables.push({ table, key, before: Number(result.rows[0]!.max ?? 0) });
  }
  const stock = await knex('inventory_stock').select('sku', 'on_hand', 'reserved');
  return { tables: parentsFirst(tables, references), stock };
}

/** Tables ordered so that every table comes after those it references (a topological sort). */
export function parentsFirst<T extends { table: string }>(
  tables: T[],
  references: { child: string; parent: string }[],
): T[] {
  const names = new Set(tables.map((t) => t.table));
  const ordered: T[] = [];
  const placed = new Set<string>();
  let remaining = [...tables];
  while (remaining.length) {
    const ready = remaining.filter((t) =>
      references.every((r) => r.child !== t.table || !names.has(r.parent) || placed.has(r.parent)),
    );
    // A cycle (none in this schema) would stall: place the rest as they are.
    const next = ready.length ? ready : remaining;
    for (const t of next) {
      ordered.push(t);
      placed.add(t.table);
    }
    remaining = remaining.filter((t) => !placed.has(t.table));
  }
  return ordered;
}

/** How many rows each table got since the snapshot (tables without new rows left out). */
export async function newRowCounts(knex: Knex, snapshot: Snapshot): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, key, before } of snapshot.tables) {
    const { rows } = await knex.raw<{ rows: { count: number }[] }>(
      `select count(*)::int as count from ${table} where ${key} > ?`,
      [before],
    );
    if (rows[0]!.count > 0) counts[table] = rows[0]!.count;
  }
  return counts;
}

/**
 * The new rows inserted again, as bare as SQL allows: copied aside, taken out, and put back with one
 * INSERT ... SELECT per table (same indexes, constraints and triggers), timed; then all rolled back.
 */
export async function bareInsertSeconds(knex: Knex, snapshot: Snapshot): Promise<number> {
  const written = await newRowCounts(knex, snapshot);
  const tables = snapshot.tables.filter((t) => written[t.table]);
  let seconds = 0;
  await knex
    .transaction(async (trx) => {
      // Replica mode: taking the rows out fires no trigger (the ledger is append-only) and no cascade.
      await trx.raw('set local session_replication_role = replica');
      for (const { table, key, before } of tables)
        await trx.raw(
          `create temporary table bare_${table} on commit drop as select * from ${table} where ${key} > ?`,
          [before],
        );
      for (const { table, key, before } of [...tables].reverse())
        await trx.raw(`delete from ${table} where ${key} > ?`, [before]);
      await trx.raw('set local session_replication_role = origin');
      const started = performance.now();
      for (const { table } of tables) await trx.raw(`insert into ${table} select * from bare_${table}`);
      seconds = (performance.now() - started) / 1000;
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return seconds;
}

/** Takes the new rows out again and puts the stock figures back as they were. */
export async function removeNewRows(knex: Knex, snapshot: Snapshot): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    for (const { table, key, before } of [...snapshot.tables].reverse())
      await trx.raw(`delete from ${table} where ${key} > ?`, [before]);
    if (snapshot.stock.length)
      await trx.raw(
        `update inventory_stock s set on_hand = b.on_hand, reserved = b.reserved
           from jsonb_to_recordset(?::jsonb) as b(sku text, on_hand int, reserved int) where b.sku = s.sku`,
        [JSON.stringify(snapshot.stock)],
      );
  });
}

class RolledBack extends Error {}
