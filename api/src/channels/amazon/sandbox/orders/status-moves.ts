// Moving an order to a target status the way Amazon would get it there, for the control routes and the
// demo: one step from where it is (`moveToStatus`), or every step from Pending for a new order
// (`bringNewOrderTo`).
import type { OrderStatus } from '../amazon/model-types.js';
import {
  OrderRuleError,
  cancelOrder,
  forceStatus,
  markPaid,
  shipAll,
  shipOneUnit,
  shipUnits,
  remainingLines,
} from './order-lifecycle.js';
import type { CancelActor, SandboxOrder } from './sandbox-order.js';

export function moveToStatus(
  entry: SandboxOrder,
  target: OrderStatus,
  by: CancelActor | undefined,
  atMs: number,
): void {
  const { AmazonOrderId: id, OrderStatus: current, FulfillmentChannel: channel } = entry.order;
  if (current === target) throw new OrderRuleError(`Order ${id} is already ${target}`);
  // A seller-fulfilled order is paid before it ships: moving a Pending one to a shipped status pays it first.
  const ships = target === 'PartiallyShipped' || target === 'Shipped' || target === 'InvoiceUnconfirmed';
  if (ships && channel === 'MFN' && current === 'Pending') {
    // Checked before paying, so that a refused move changes nothing.
    const left = remainingLines(entry).reduce((sum, line) => sum + line.quantity, 0);
    if (target === 'PartiallyShipped' && left < 2) {
      throw new OrderRuleError(`Order ${id} has ${left} unit(s) left; PartiallyShipped needs 2`);
    }
    markPaid(entry, atMs);
  }
  switch (target) {
    case 'Unshipped':
      return markPaid(entry, atMs);
    case 'PartiallyShipped':
      return shipOneUnit(entry, atMs);
    case 'Shipped':
      return shipAll(entry, atMs);
    case 'Canceled':
      if (!by) throw new OrderRuleError('Canceled needs `by`: buyer, amazon or seller');
      return cancelOrder(entry, by, atMs);
    case 'InvoiceUnconfirmed':
      if (channel !== 'MFN')
        throw new OrderRuleError('InvoiceUnconfirmed applies to seller-fulfilled orders');
      if (remainingLines(entry).length > 0) shipUnits(entry, remainingLines(entry), atMs);
      return forceStatus(entry, 'InvoiceUnconfirmed', atMs);
    case 'Unfulfillable':
      if (current !== 'Pending' && current !== 'Unshipped') {
        throw new OrderRuleError(`Order ${id} is ${current} and cannot become Unfulfillable`);
      }
      return forceStatus(entry, 'Unfulfillable', atMs);
    case 'Pending':
      if (current !== 'PendingAvailability')
        throw new OrderRuleError(`Order ${id} is ${current}, not PendingAvailability`);
      return forceStatus(entry, 'Pending', atMs);
    case 'PendingAvailability':
      throw new OrderRuleError('PendingAvailability is only set when an order is created');
  }
}

/** Walks a freshly generated (Pending) order to `target`, every step at `atMs`. */
export function bringNewOrderTo(
  entry: SandboxOrder,
  target: OrderStatus,
  by: CancelActor,
  atMs: number,
): void {
  const mfn = entry.order.FulfillmentChannel === 'MFN';
  switch (target) {
    case 'Pending':
      return;
    case 'PendingAvailability':
      entry.order.OrderStatus = 'PendingAvailability';
      entry.history[0] = { ...entry.history[0]!, status: 'PendingAvailability' };
      return;
    case 'Unshipped':
    case 'PartiallyShipped':
    case 'Shipped':
    case 'InvoiceUnconfirmed':
      if (mfn) markPaid(entry, atMs);
      if (target === 'Unshipped' && !mfn) throw new OrderRuleError('An AFN order is never Unshipped');
      if (target === 'Unshipped') return;
      return moveToStatus(entry, target, by, atMs);
    case 'Canceled':
      return cancelOrder(entry, by, atMs);
    case 'Unfulfillable':
      return forceStatus(entry, 'Unfulfillable', atMs);
  }
}
