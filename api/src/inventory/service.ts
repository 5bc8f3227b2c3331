import type { Knex } from 'knex';
import type { ReservationCause } from '@orderdesk/migrations';
import {
  appendLedger,
  deductOnHand,
  lockStockRows,
  outstandingByItem,
  type LedgerEntry,
  type StockRow,
} from './repository.js';

export type { StockRow } from './repository.js';

/** One order line as inventory sees it. `key` names the order item in the ledger (e.g. 'amazon-item:42'). */
export interface StockLine {
  key: string;
  sku: string | null;
  quantity: number;
}

export interface ReservationRequest {
  lines: readonly StockLine[];
  metadata: Record<string, unknown>;
}

export type StockShortfall =
  | { reason: 'unknown_sku'; sku: string | null }
  | { reason: 'disabled_sku'; sku: string }
  | { reason: 'not_enough_stock'; sku: string; needed: number; salable: number };

/**
 * Magento MSI's rules over the append-only ledger: placing reserves (negative rows), shipping deducts
 * on-hand stock and compensates, cancelling compensates what is still reserved. Every function runs in
 * the caller's transaction, after it has locked the order, and locks the SKUs' stock rows itself.
 */
export class InventoryService {
  /**
   * Locks these SKUs' stock rows now, in SKU order. A transaction that will lock stock in several rounds
   * (a sync page reserves, releases and ships) takes them all first, so that it never holds some while
   * waiting for others that a transaction locking in one round (a cancellation, a shipment) holds.
   */
  lockStock(trx: Knex.Transaction, skus: readonly (string | null)[]): Promise<Map<string, StockRow>> {
    return lockStockRows(
      trx,
      skus.filter((sku): sku is string => Boolean(sku)),
    );
  }

  /**
   * Reserves each line unless it already is; refuses (and writes nothing) when a SKU is unknown, disabled
   * or short. Lines already reserved for this item are not counted twice.
   */
  async reserve(
    trx: Knex.Transaction,
    lines: readonly StockLine[],
    metadata: Record<string, unknown>,
  ): Promise<StockShortfall | null> {
    const [shortfall] = await this.reserveMany(trx, [{ lines, metadata }]);
    return shortfall ?? null;
  }

  /**
   * Several orders' reservations at once (a sync page): one lock of all their SKUs, one ledger insert.
   * Orders are served in the given order, each all or nothing; answers each order's shortfall or null.
   */
  async reserveMany(
    trx: Knex.Transaction,
    requests: readonly ReservationRequest[],
  ): Promise<(StockShortfall | null)[]> {
    const allLines = requests.flatMap((request) => request.lines);
    const stock = await lockStockRows(
      trx,
      allLines.flatMap((line) => (line.sku ? [line.sku] : [])),
    );
    const already = await outstandingByItem(
      trx,
      allLines.map((line) => line.key),
    );
    const { results, entries } = serve(requests, stock, already);
    await appendLedger(trx, entries);
    return results;
  }

  /**
   * reserveMany's decision for orders none of whose lines is reserved yet (new orders), on stock rows this
   * transaction already holds (`lockStock`), without writing: each order all or nothing, in turn. `stock`
   * then counts the accepted ones as reserved; `recordReservations` writes them once their keys exist.
   */
  planReservations(
    stock: Map<string, StockRow>,
    orders: readonly (readonly StockLine[])[],
  ): (StockShortfall | null)[] {
    return serve(
      orders.map((lines) => ({ lines, metadata: {} })),
      stock,
      new Map(),
    ).results;
  }

  /**
   * Writes reservations `planReservations` accepted, under the SKUs' locks this transaction still holds;
   * the ledger's unique key refuses an item's second reservation.
   */
  async recordReservations(trx: Knex.Transaction, requests: readonly ReservationRequest[]): Promise<void> {
    await appendLedger(
      trx,
      requests.flatMap(({ lines, metadata }) =>
        lines
          .filter((line) => line.quantity > 0)
          .map((line) => ({
            sku: line.sku!,
            quantity: -line.quantity,
            cause: 'order_placed' as const,
            orderItemKey: line.key,
            metadata,
          })),
      ),
    );
  }

  /** Compensates whatever is still reserved for these items (cancellation, release). Answers the units released. */
  async releaseOutstanding(
    trx: Knex.Transaction,
    keys: readonly string[],
    cause: ReservationCause,
    metadata: Record<string, unknown>,
  ): Promise<number> {
    const outstanding = await outstandingByItem(trx, keys);
    await lockStockRows(
      trx,
      [...outstanding.values()].map((o) => o.sku),
    );
    const written = await appendLedger(
      trx,
      [...outstanding].map(([key, { sku, quantity }]) => ({
        sku,
        quantity,
        cause,
        orderItemKey: key,
        metadata,
      })),
    );
    return written.reduce((sum, entry) => sum + entry.quantity, 0);
  }

  /**
   * Goods left the warehouse: on hand goes down and what was reserved for them is compensated. The caller
   * calls this once per shipment (it records the shipment in the same transaction, under the order's
   * lock); `reference` names that shipment, so the ledger's unique key also refuses a second compensation.
   */
  async ship(
    trx: Knex.Transaction,
    lines: readonly { key: string; sku: string; quantity: number }[],
    reference: string,
    metadata: Record<string, unknown>,
  ): Promise<void> {
    const shipped = lines.filter((line) => line.quantity > 0);
    await lockStockRows(
      trx,
      shipped.map((line) => line.sku),
    );
    const outstanding = await outstandingByItem(
      trx,
      shipped.map((line) => line.key),
    );
    await appendLedger(
      trx,
      shipped
        .map((line) => ({
          sku: line.sku,
          quantity: Math.min(line.quantity, outstanding.get(line.key)?.quantity ?? 0),
          cause: 'order_shipped' as const,
          orderItemKey: line.key,
          reference,
          metadata,
        }))
        .filter((entry) => entry.quantity > 0),
    );
    for (const line of shipped) await deductOnHand(trx, line.sku, line.quantity);
  }
}

/**
 * Serves the requests in turn from the locked stock rows, each all or nothing; lines already reserved
 * (`already`) are not counted twice. Answers each request's shortfall or null and the ledger rows to write;
 * `stock` and `already` then include what was taken, so later requests see it.
 */
function serve(
  requests: readonly ReservationRequest[],
  stock: Map<string, StockRow>,
  already: Map<string, { sku: string; quantity: number }>,
): { results: (StockShortfall | null)[]; entries: LedgerEntry[] } {
  const entries: LedgerEntry[] = [];
  const results = requests.map(({ lines, metadata }) => {
    const shortfall = checkAvailability(lines, stock, already);
    if (shortfall) return shortfall;
    for (const line of lines) {
      if (already.has(line.key) || line.quantity <= 0) continue;
      entries.push({
        sku: line.sku!,
        quantity: -line.quantity,
        cause: 'order_placed',
        orderItemKey: line.key,
        metadata,
      });
      const row = stock.get(line.sku!)!;
      stock.set(line.sku!, { ...row, reserved: row.reserved + line.quantity });
      already.set(line.key, { sku: line.sku!, quantity: line.quantity });
    }
    return null;
  });
  return { results, entries };
}

function checkAvailability(
  lines: readonly StockLine[],
  stock: Map<string, StockRow>,
  already: Map<string, { sku: string; quantity: number }>,
): StockShortfall | null {
  const needed = new Map<string, number>();
  for (const line of lines) {
    if (!line.sku) return { reason: 'unknown_sku', sku: null };
    const row = stock.get(line.sku);
    if (!row) return { reason: 'unknown_sku', sku: line.sku };
    if (!row.is_enabled) return { reason: 'disabled_sku', sku: line.sku };
    if (!already.has(line.key)) needed.set(line.sku, (needed.get(line.sku) ?? 0) + line.quantity);
  }
  for (const [sku, quantity] of needed) {
    const row = stock.get(sku)!;
    const salable = row.on_hand - row.reserved;
    if (salable < quantity) return { reason: 'not_enough_stock', sku, needed: quantity, salable };
  }
  return null;
}
