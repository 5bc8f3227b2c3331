import type { Knex } from 'knex';
import type { CommerceOrderStatus } from '@orderdesk/migrations';
import { recordAudit } from '../../audit/repository.js';
import type { SessionUser } from '../../auth/session-user.js';
import { addHistory } from '../orders-repository.js';
import {
  incrementLines,
  updateOrderTotals,
  type DocumentItemRow,
  type DocumentLine,
  type OrderTotalsChange,
} from './documents-repository.js';
import { statusAfterDocument } from '../order-state.js';

/** Who makes a document: staff (user set) or the system (user null). */
export interface DocumentActor {
  user: SessionUser | null;
  author: string;
}

export const staffActor = (user: SessionUser): DocumentActor => ({
  user,
  author: user.full_name || user.username,
});

export interface RecordedDocument {
  counter: 'qty_invoiced' | 'qty_refunded';
  items: readonly DocumentItemRow[];
  /** Invoiced shipping still refundable once the document is written, in cents. */
  shippingLeft: number;
  add: OrderTotalsChange['add'];
  comment: string;
  audit: { action: string; details: Record<string, unknown> };
}

/**
 * What every invoice and credit memo does to its order once written: the lines' counter, the order's
 * totals and Magento status, a history entry and an audit row, in the caller's transaction (order locked).
 * Answers the order's new status.
 */
export async function recordDocument(
  trx: Knex.Transaction,
  order: { id: number; status: CommerceOrderStatus },
  lines: readonly DocumentLine[],
  document: RecordedDocument,
  actor: DocumentActor,
): Promise<CommerceOrderStatus> {
  await incrementLines(trx, document.counter, document.items);
  const moved = new Map(document.items.map((item) => [item.order_item_id, item.qty]));
  const after = lines.map((line) => ({
    ...line,
    [document.counter]: line[document.counter] + (moved.get(line.id) ?? 0),
  }));
  const status = statusAfterDocument(order.status, after, document.shippingLeft);
  await updateOrderTotals(trx, order.id, { status, add: document.add });
  await addHistory(trx, {
    orderId: order.id,
    status,
    comment: document.comment,
    author: actor.author,
    userId: actor.user?.id ?? null,
  });
  await recordAudit(trx, {
    user: actor.user,
    action: document.audit.action,
    resource: 'orders',
    recordId: order.id,
    details: {
      ...document.audit.details,
      items: document.items.map(({ order_item_id, qty }) => ({ order_item_id, qty })),
    },
  });
  return status;
}

export const unitsOf = (items: readonly DocumentItemRow[]) => {
  const units = items.reduce((sum, item) => sum + item.qty, 0);
  return `${units} unit${units === 1 ? '' : 's'}`;
};
