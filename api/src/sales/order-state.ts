import type { CommerceOrderStatus } from '@orderdesk/migrations';

/** An order line's Magento quantity counters. */
export interface LineQuantities {
  qty_ordered: number;
  qty_invoiced: number;
  qty_shipped: number;
  qty_refunded: number;
  qty_canceled: number;
}

/** Magento Item::getQtyToInvoice. */
export const qtyToInvoice = (line: LineQuantities) =>
  Math.max(line.qty_ordered - line.qty_invoiced - line.qty_canceled, 0);

/** Magento Item::getQtyToRefund. */
export const qtyToRefund = (line: LineQuantities) => Math.max(line.qty_invoiced - line.qty_refunded, 0);

/** Magento Item::getSimpleQtyToShip: a refunded unit will not be shipped either. */
export const qtyToShip = (line: LineQuantities) =>
  Math.max(line.qty_ordered - Math.max(line.qty_shipped, line.qty_refunded) - line.qty_canceled, 0);

/**
 * The part of a line amount that units `from + 1 .. from + qty` (of `ordered`) carry. Rounding the
 * running total, not each part, makes the parts of a line add up to the line exactly.
 */
export function shareOf(totalCents: number, ordered: number, from: number, qty: number): number {
  if (ordered <= 0) return 0;
  return Math.round((totalCents * (from + qty)) / ordered) - Math.round((totalCents * from) / ordered);
}

/**
 * Magento's order state check after an invoice or a credit memo: processing while anything is left to
 * invoice or ship; then complete while something paid can still be refunded; closed once everything
 * invoiced has been refunded. A held order stays held unless the document closes it.
 */
export function statusAfterDocument(
  current: CommerceOrderStatus,
  lines: readonly LineQuantities[],
  shippingCentsLeftToRefund: number,
): CommerceOrderStatus {
  const open = lines.some((line) => qtyToInvoice(line) > 0 || qtyToShip(line) > 0);
  const refundable = shippingCentsLeftToRefund > 0 || lines.some((line) => qtyToRefund(line) > 0);
  const refunded = lines.some((line) => line.qty_refunded > 0);
  const next: CommerceOrderStatus = open ? 'processing' : refundable || !refunded ? 'complete' : 'closed';
  return current === 'holded' && next !== 'closed' ? 'holded' : next;
}
