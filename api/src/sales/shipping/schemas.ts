import { z } from 'zod';
import { PG_INT_MAX } from '../../http/ids.js';

/** Printable text: no control characters (a tracking number travels to Amazon and into CSVs). */
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required and must be text` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`)
    .regex(NO_CONTROL_CHARACTERS, `${field} must not contain control characters`);

const shipmentItem = z.strictObject({
  order_item_id: z
    .number({ error: 'order_item_id must be a number' })
    .int('order_item_id must be a whole number')
    .min(1, 'order_item_id must be positive')
    .max(PG_INT_MAX, 'order_item_id is too large'),
  qty: z
    .number({ error: 'qty must be a number' })
    .int('qty must be a whole number')
    .min(0, 'qty must not be negative')
    .max(1_000_000, 'qty is too large'),
});

/** Magento's "Custom Value" carrier (and Amazon's "Other"): the title names the carrier. */
export const CUSTOM_CARRIERS: ReadonlySet<string> = new Set(['custom', 'other']);

/**
 * `POST /api/orders/:id/shipments`: Magento's carrier code (`ups`, `usps`, `fedex`, `dhl`, `custom`, or
 * Amazon's own carrier code), the carrier's title, one tracking number, and the quantities to ship per order
 * item (none: everything still open; a line with qty 0 ships nothing).
 */
export const shipmentBody = z
  .strictObject({
    carrier: requiredText('carrier', 64),
    title: z
      .string({ error: 'title must be text' })
      .trim()
      .max(255, 'title must be at most 255 characters')
      .regex(NO_CONTROL_CHARACTERS, 'title must not contain control characters')
      .nullish(),
    tracking_number: requiredText('tracking_number', 100),
    items: z
      .array(shipmentItem, { error: 'items must be a list of {order_item_id, qty}' })
      .min(1, 'items must not be empty (leave it out to ship everything still open)')
      .max(1000, 'items lists at most 1000 lines')
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (CUSTOM_CARRIERS.has(body.carrier.toLowerCase()) && !body.title)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'a custom carrier needs its name in title' });
    if (!body.items) return;
    const seen = new Set<number>();
    body.items.forEach((item, index) => {
      if (seen.has(item.order_item_id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'order_item_id'],
          message: `order item ${item.order_item_id} is listed twice`,
        });
      seen.add(item.order_item_id);
    });
    if (body.items.every((item) => item.qty === 0))
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'ship at least one unit' });
  });

export type ShipmentInput = z.infer<typeof shipmentBody>;
