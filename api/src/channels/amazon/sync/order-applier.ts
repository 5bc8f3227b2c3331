import type { Knex } from 'knex';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { ImportSettings } from '../import/commerce-order-draft.js';
import type { AmazonOrderImporter, FetchedOrder, ImportOutcome } from '../import/import-service.js';

/** Orders applied at once, each in its own transaction (the pool has room for the API too). */
const APPLY_CONCURRENCY = 4;
/** PostgreSQL's "try again" errors: deadlock detected, serialization failure. */
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);

export type ApplyResult =
  { amazonOrderId: string; outcome: ImportOutcome } | { amazonOrderId: string; error: Error };

/** Applies a page's orders, one transaction each; a failing order is reported, the others still go in. */
export async function applyOrders(
  db: Knex,
  importer: AmazonOrderImporter,
  store: ImportSettings,
  orders: FetchedOrder[],
  logger: Logger,
): Promise<ApplyResult[]> {
  const limit = pLimit(APPLY_CONCURRENCY);
  return Promise.all(
    orders.map((fetched) =>
      limit(async (): Promise<ApplyResult> => {
        const amazonOrderId = fetched.order.AmazonOrderId;
        try {
          const outcome = await inTransaction(db, (trx) => importer.apply(trx, store, fetched));
          return { amazonOrderId, outcome };
        } catch (error) {
          logger.error({ err: error, amazonOrderId }, 'could not apply an Amazon order');
          return { amazonOrderId, error: error as Error };
        }
      }),
    ),
  );
}

/** A transaction, tried again (a few times) when PostgreSQL says the conflict was transient. */
export async function inTransaction<T>(db: Knex, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !RETRYABLE_SQLSTATES.has(code) || attempt >= 3) throw error;
    }
  }
}
