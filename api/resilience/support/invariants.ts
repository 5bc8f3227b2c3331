// What must hold after any amount of trouble, asked of the database with SQL: each order once, each
// reservation balance right, each outbox command finished.
import type { Knex } from 'knex';
import { expectedReservations, ledgerReservations } from '../../test/support/sync-helpers.js';

/** Amazon orders, Commerce orders and order lines that exist more than once (should be none). */
export async function duplicates(knex: Knex): Promise<string[]> {
  const found: string[] = [];
  const twice = async (label: string, sql: string) => {
    const { rows } = (await knex.raw(sql)) as { rows: { key: string; n: number }[] };
    for (const row of rows) found.push(`${label} ${row.key} x${row.n}`);
  };
  await twice(
    'amazon order',
    'select amazon_order_id as key, count(*)::int as n from amazon_orders group by 1 having count(*) > 1',
  );
  await twice(
    'commerce order of amazon order',
    'select amazon_order_id::text as key, count(*)::int as n from sales_orders where amazon_order_id is not null group by 1 having count(*) > 1',
  );
  await twice(
    'amazon order item',
    "select order_id || '/' || order_item_id as key, count(*)::int as n from amazon_order_items group by 1 having count(*) > 1",
  );
  return found;
}

/**
 * Every SKU whose reserved units differ between what the orders call for, the reservation ledger and the
 * counter on the stock row (should be none).
 */
export async function reservationMismatches(knex: Knex): Promise<string[]> {
  const expected = await expectedReservations(knex);
  const { ledger, counter } = await ledgerReservations(knex);
  const skus = new Set([...expected.keys(), ...ledger.keys(), ...counter.keys()]);
  const wrong: string[] = [];
  for (const sku of skus) {
    const e = expected.get(sku) ?? 0;
    const l = ledger.get(sku) ?? 0;
    const c = counter.get(sku) ?? 0;
    if (e !== l || l !== c) wrong.push(`${sku}: orders ${e}, ledger ${l}, counter ${c}`);
  }
  return wrong;
}

/** Units reserved in total, for the report (the ledger's sum). */
export async function reservedUnits(knex: Knex): Promise<number> {
  const row = (await knex('inventory_reservations').first(
    knex.raw('(-coalesce(sum(quantity), 0))::int as units'),
  )) as {
    units: number;
  };
  return row.units;
}

export interface OutboxRow {
  id: number;
  kind: string;
  aggregate_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  payload: Record<string, unknown>;
}

export async function outboxRows(knex: Knex): Promise<OutboxRow[]> {
  return knex('outbox')
    .orderBy('id')
    .select('id', 'kind', 'aggregate_id', 'status', 'attempts', 'last_error', 'payload');
}
