import { BadRequestError, ConflictError } from '../../http/errors.js';
import { fromCents, toCents } from '../money.js';
import type { DocumentItemRow, DocumentLine } from './documents-repository.js';
import { shareOf } from '../order-state.js';
import type { DocumentLineRequest } from './schemas.js';

/**
 * The lines a document covers: every line's `available` quantity when none are named, else the named ones,
 * each within what is available (409 beyond it, naming the line). Lines with quantity 0 are left out.
 */
export function pickLines(
  lines: readonly DocumentLine[],
  requested: readonly DocumentLineRequest[] | undefined,
  available: (line: DocumentLine) => number,
  describe: (line: DocumentLine, available: number) => string,
): { line: DocumentLine; qty: number }[] {
  if (!requested) return lines.map((line) => ({ line, qty: available(line) })).filter(({ qty }) => qty > 0);
  return requested.flatMap((wanted, index) => {
    const line = lines.find((candidate) => candidate.id === wanted.order_item_id);
    if (!line) {
      const field = `items.${index}.order_item_id`;
      throw new BadRequestError(`Invalid ${field}: ${wanted.order_item_id} is not an item of this order.`, {
        field,
      });
    }
    if (wanted.qty > available(line)) {
      throw new ConflictError(describe(line, available(line)), {
        field: `items.${index}.qty`,
        order_item_id: line.id,
        available: available(line),
      });
    }
    return wanted.qty > 0 ? [{ line, qty: wanted.qty }] : [];
  });
}

/** A document line for `qty` units after the first `from` of the order line: amounts pro rata by quantity. */
export function documentItem(line: DocumentLine, from: number, qty: number): DocumentItemRow {
  const part = (amount: string) => fromCents(shareOf(toCents(amount), line.qty_ordered, from, qty));
  return {
    order_item_id: line.id,
    qty,
    price: line.price,
    tax_amount: part(line.tax_amount),
    discount_amount: part(line.discount_amount),
    row_total: part(line.row_total),
  };
}

/** Sums of a document's lines, in cents. */
export function lineTotals(items: readonly DocumentItemRow[]) {
  const sum = (field: 'tax_amount' | 'discount_amount' | 'row_total') =>
    items.reduce((total, item) => total + toCents(item[field]), 0);
  return { subtotal: sum('row_total'), tax: sum('tax_amount'), discount: sum('discount_amount') };
}

/** The order's shipping tax: what its tax holds beyond its lines' tax. */
export function shippingTaxCents(orderTax: string, lines: readonly DocumentLine[]): number {
  return Math.max(toCents(orderTax) - lines.reduce((sum, line) => sum + toCents(line.tax_amount), 0), 0);
}
