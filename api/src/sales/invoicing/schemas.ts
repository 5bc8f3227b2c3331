import { z } from 'zod';
import { PG_INT_MAX } from '../../http/ids.js';

/** Money in a request: a decimal string with at most two decimals (numeric(14,2)), never a float. */
export const moneyInput = z
  .string({ error: 'must be a decimal string such as "12.50"' })
  .regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a non-negative decimal string with at most two decimals');

const documentLine = z.strictObject({
  order_item_id: z.int().min(1).max(PG_INT_MAX),
  /** 0 leaves the line out (an admin form sends every line). */
  qty: z.int().min(0).max(PG_INT_MAX),
});

const documentLines = z
  .array(documentLine)
  .max(1000)
  .refine((lines) => new Set(lines.map((line) => line.order_item_id)).size === lines.length, {
    error: 'names the same order item twice',
  });

const comment = z.string().trim().max(2000);

/** No items: everything not yet invoiced. */
export const invoiceBody = z.strictObject({
  items: documentLines.min(1, 'must name at least one line; leave it out to invoice everything').optional(),
  comment: comment.optional(),
});
export type InvoiceBody = z.infer<typeof invoiceBody>;

/**
 * No items: every invoiced unit not yet refunded; `[]`: none (a shipping or adjustment refund alone).
 * No shipping_refund: the invoiced shipping not yet refunded.
 */
export const creditMemoBody = z.strictObject({
  items: documentLines.optional(),
  shipping_refund: moneyInput.optional(),
  adjustment_refund: moneyInput.optional(),
  adjustment_fee: moneyInput.optional(),
  comment: comment.optional(),
});
export type CreditMemoBody = z.infer<typeof creditMemoBody>;

export interface DocumentLineRequest {
  order_item_id: number;
  qty: number;
}
