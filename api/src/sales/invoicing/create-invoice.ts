import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from '../../http/errors.js';
import { fromCents, toCents } from '../money.js';
import { documentItem, lineTotals, pickLines, shippingTaxCents } from './document-lines.js';
import { lockOrderForDocument, type DocumentLine, type DocumentOrder } from './documents-repository.js';
import { qtyToInvoice } from '../order-state.js';
import { recordDocument, unitsOf, type DocumentActor } from './record-document.js';
import type { InvoiceBody } from './schemas.js';

/** Magento: no invoice in these states (a complete Amazon-fulfilled order may still be invoiced). */
const NOT_INVOICEABLE = { canceled: 'canceled', closed: 'closed', holded: 'on hold' } as const;

/**
 * Magento's invoice: locks the order, checks its state and each line's quantity left to invoice, writes the
 * invoice with amounts pro rata from the order lines (shipping on the first invoice only), moves
 * qty_invoiced, total_invoiced and total_paid (Amazon collects the money, so the invoice is paid) and the
 * status, with history and audit, in the caller's transaction. Answers the invoice's id.
 */
export async function createInvoice(
  trx: Knex.Transaction,
  orderId: number,
  body: InvoiceBody,
  actor: DocumentActor,
): Promise<number> {
  const locked = await lockOrderForDocument(trx, orderId);
  if (!locked) throw new NotFoundError(`No order ${orderId}.`);
  const { order, lines } = locked;
  const { items, amounts, shipping } = planInvoice(order, lines, body);
  const [invoice] = await trx('sales_invoices')
    .insert({ order_id: order.id, state: 'paid', ...amounts, user_id: actor.user?.id ?? null })
    .returning(['id', 'increment_id']);
  await trx('sales_invoice_items').insert(items.map((item) => ({ ...item, invoice_id: invoice.id })));
  const total = amounts.grand_total;
  await recordDocument(
    trx,
    order,
    lines,
    {
      counter: 'qty_invoiced',
      items,
      shippingLeft: toCents(order.shipping_invoiced) + shipping - toCents(order.shipping_refunded),
      add: { total_invoiced: total, total_paid: total },
      comment:
        `Invoice #${invoice.increment_id} created: ${unitsOf(items)}, ${total} ${order.currency}.` +
        (body.comment ? ` ${body.comment}` : ''),
      audit: {
        action: 'orders.invoice-created',
        details: { invoiceId: invoice.id, incrementId: invoice.increment_id, grandTotal: total },
      },
    },
    actor,
  );
  return invoice.id as number;
}

/** Magento's checks and the invoice's amounts (shipping in cents, for what stays refundable). */
function planInvoice(order: DocumentOrder, lines: readonly DocumentLine[], body: InvoiceBody) {
  if (order.status in NOT_INVOICEABLE) {
    const state = NOT_INVOICEABLE[order.status as keyof typeof NOT_INVOICEABLE];
    throw new ConflictError(`Order #${order.increment_id} is ${state}: it cannot be invoiced.`);
  }
  const picked = pickLines(
    lines,
    body.items,
    qtyToInvoice,
    (line, left) =>
      `Only ${left} of ${line.sku} can still be invoiced on order #${order.increment_id} ` +
      `(ordered ${line.qty_ordered}, invoiced ${line.qty_invoiced}, canceled ${line.qty_canceled}).`,
  );
  if (picked.length === 0)
    throw new ConflictError(`Order #${order.increment_id} has nothing left to invoice.`);
  const items = picked.map(({ line, qty }) => documentItem(line, line.qty_invoiced, qty));
  const totals = lineTotals(items);
  const first = order.invoice_count === 0;
  const shipping = first ? toCents(order.shipping_amount) : 0;
  const tax = totals.tax + (first ? shippingTaxCents(order.tax_amount, lines) : 0);
  const amounts = {
    subtotal: fromCents(totals.subtotal),
    tax_amount: fromCents(tax),
    shipping_amount: fromCents(shipping),
    // Magento keeps discounts negative on the order and its documents.
    discount_amount: fromCents(-totals.discount),
    grand_total: fromCents(totals.subtotal + tax + shipping - totals.discount),
  };
  return { items, amounts, shipping };
}
