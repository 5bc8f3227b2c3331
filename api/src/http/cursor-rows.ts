import type { Knex } from 'knex';

const CURSOR = 'streamed_rows';

/**
 * A query's rows, a batch at a time, through a server-side cursor in a read-only transaction: a result of
 * any size never sits in memory, and the next batch is fetched only when the consumer asks for it (a
 * generator waits to be pulled), which is the backpressure. Returning early (the client went away) or an
 * error rolls the transaction back, which closes the cursor and frees the connection.
 */
export async function* cursorRows<T>(
  knex: Knex,
  query: Knex.QueryBuilder,
  batchSize = 500,
): AsyncGenerator<T[], void, undefined> {
  const { sql, bindings } = query.toSQL();
  const trx = await knex.transaction();
  try {
    await trx.raw('set transaction read only');
    await trx.raw(`declare ${CURSOR} no scroll cursor for ${sql}`, bindings);
    for (;;) {
      const { rows } = await trx.raw<{ rows: T[] }>(`fetch forward ${batchSize} from ${CURSOR}`);
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) break;
    }
    await trx.commit();
  } finally {
    if (!trx.isCompleted()) await trx.rollback();
  }
}
