import { BadRequestError, ConflictError } from '../../http/errors.js';
import { fromCents, toCents } from '../money.js';
import { documentItem, lineTotals, pickLines, shippingTaxCents } from './document-lines.js';
import type { DocumentItemRow, DocumentLine, DocumentOrder } from './documents-repository.js';
import { qtyToRefund, shareOf } from '../order-state.js';
import type { CreditMemoBody } from './schemas.js';

export interface CreditMemoPlan {
  items: DocumentItemRow[];
  amounts: {
    subtotal: string;
    tax_amount: string;
    discount_amount: string;
    shipping_refund: string;
    adjustment_positive: string;
    adjustment_negative: string;
    grand_total: string;
  };
  /** Invoiced shipping still refundable after this credit memo, in cents. */
  shippingLeft: number;
}

const NOT_REFUNDABLE = { canceled: 'canceled', closed: 'closed', holded: 'on hold' } as const;

/**
 * Magento's checks and the credit memo's amounts. Forced (the order was canceled on Amazon): a hold does
 * not stop it, the refunds stay within what was paid, and it answers null instead of refusing.
 */
export function creditMemoPlan(
  order: DocumentOrder,
  lines: readonly DocumentLine[],
  body: CreditMemoBody,
  forced: boolean,
): CreditMemoPlan | null {
  const refusal = refusalOf(order, forced);
  if (refusal) {
    if (forced) return null;
    throw new ConflictError(refusal);
  }
  const picked = pickLines(
    lines,
    body.items,
    qtyToRefund,
    (line, left) =>
      `Only ${left} of ${line.sku} can be refunded on order #${order.increment_id} ` +
      `(invoiced ${line.qty_invoiced}, refunded ${line.qty_refunded}).`,
  );
  const items = picked.map(({ line, qty }) => documentItem(line, line.qty_refunded, qty));
  const shipping = shippingRefundOf(order, lines, body);
  if (forced && items.length === 0 && shipping.refund === 0) return null;
  const totals = lineTotals(items);
  const tax = totals.tax + shipping.tax;
  const refund = toCents(body.adjustment_refund);
  let fee = toCents(body.adjustment_fee);
  let grand = totals.subtotal + tax + shipping.refund - totals.discount + refund - fee;
  const available = toCents(order.total_paid) - toCents(order.total_refunded);
  if (forced) {
    // Earlier adjustments may have refunded more than the goods: keep the refunds within what was paid.
    const excess = Math.min(Math.max(grand - available, 0), grand);
    fee += excess;
    grand -= excess;
  } else checkTotal(order, items, grand, available);
  return {
    items,
    amounts: {
      subtotal: fromCents(totals.subtotal),
      tax_amount: fromCents(tax),
      discount_amount: fromCents(-totals.discount),
      shipping_refund: fromCents(shipping.refund),
      adjustment_positive: fromCents(refund),
      adjustment_negative: fromCents(fee),
      grand_total: fromCents(grand),
    },
    shippingLeft: shipping.left - shipping.refund,
  };
}

/** Why no credit memo may be made; Amazon's cancellation goes through a hold. */
function refusalOf(order: DocumentOrder, forced: boolean): string | null {
  if (order.status in NOT_REFUNDABLE && !(forced && order.status === 'holded')) {
    const state = NOT_REFUNDABLE[order.status as keyof typeof NOT_REFUNDABLE];
    return `Order #${order.increment_id} is ${state}: it cannot be refunded.`;
  }
  if (order.invoice_count === 0) return `Order #${order.increment_id} has no invoice to refund.`;
  return null;
}

/** The shipping to refund (all that was invoiced and not refunded unless told) and its share of the tax. */
function shippingRefundOf(order: DocumentOrder, lines: readonly DocumentLine[], body: CreditMemoBody) {
  const refunded = toCents(order.shipping_refunded);
  const left = toCents(order.shipping_invoiced) - refunded;
  const refund = body.shipping_refund === undefined ? left : toCents(body.shipping_refund);
  if (refund > left)
    throw new ConflictError(
      `At most ${fromCents(left)} ${order.currency} of shipping can still be refunded on order #${order.increment_id}.`,
      { field: 'shipping_refund', available: fromCents(left) },
    );
  const shippingTax = shippingTaxCents(order.tax_amount, lines);
  return { refund, tax: shareOf(shippingTax, toCents(order.shipping_amount), refunded, refund), left };
}

/** Magento: a credit memo's total is not negative, refunds something, and never exceeds what was paid. */
function checkTotal(
  order: DocumentOrder,
  items: readonly DocumentItemRow[],
  grand: number,
  available: number,
) {
  if (grand < 0)
    throw new BadRequestError('Invalid adjustment_fee: it is larger than the refund.', {
      field: 'adjustment_fee',
    });
  if (items.length === 0 && grand === 0)
    throw new ConflictError(`Order #${order.increment_id} has nothing left to refund.`);
  if (grand > available)
    throw new ConflictError(
      `The most money available to refund on order #${order.increment_id} is ` +
        `${fromCents(Math.max(available, 0))} ${order.currency}.`,
      { available: fromCents(Math.max(available, 0)) },
    );
}
