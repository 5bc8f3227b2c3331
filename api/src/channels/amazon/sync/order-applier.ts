import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { ImportSettings } from '../import/commerce-order-draft.js';
import { OrderStoredMeanwhileError } from '../import/amazon-order-repository.js';
import type { AmazonOrderImporter, FetchedOrder, ImportOutcome } from '../import/import-service.js';

/** PostgreSQL's "try again" errors: deadlock detected, serialization failure. */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

export type ApplyResult =
  { amazonOrderId: string; outcome: ImportOutcome } | { amazonOrderId: string; error: Error };

/**
 * Applies a page's orders in one transaction (a few statements for the whole page). If that fails, each
 * order is applied again in its own transaction, so one bad order is reported and the others still go in.
 */
export async function applyOrders(
  db: Knex,
  importer: AmazonOrderImporter,
  store: ImportSettings,
  orders: FetchedOrder[],
  logger: Logger,
): Promise<ApplyResult[]> {
  try {
    const outcomes = await inTransaction(db, (trx) => importer.applyPage(trx, store, orders));
    return [...outcomes].map(([amazonOrderId, outcome]) => ({ amazonOrderId, outcome }));
  } catch (error) {
    logger.warn(
      { err: error, orders: orders.length },
      'a page could not be applied at once; applying its orders one by one',
    );
  }
  const results: ApplyResult[] = [];
  for (const fetched of orders) {
    const amazonOrderId = fetched.order.AmazonOrderId;
    try {
      const outcome = await inTransaction(db, (trx) => importer.apply(trx, store, fetched));
      results.push({ amazonOrderId, outcome });
    } catch (error) {
      logger.error({ err: error, amazonOrderId }, 'could not apply an Amazon order');
      results.push({ amazonOrderId, error: error as Error });
    }
  }
  return results;
}

/**
 * A transaction, tried again (a few times) when the conflict was transient: PostgreSQL says so, or an
 * order taken for new was stored meanwhile (the next attempt finds it stored).
 */
export async function inTransaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const transient =
        error instanceof OrderStoredMeanwhileError || (code !== undefined && RETRYABLE_SQLSTATES.has(code));
      if (!transient || attempt >= 3) throw error;
    }
  }
}
