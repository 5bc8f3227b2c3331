import type { Knex } from 'knex';
import { toCents } from '../../src/sales/money.js';
import { qtyToInvoice, qtyToShip } from '../../src/sales/order-state.js';
import { successes, type RaceAnswer, type RaceOrder } from './order-races.js';

interface Line {
  id: number;
  sku: string;
  qty_ordered: number;
  qty_invoiced: number;
  qty_shipped: number;
  qty_refunded: number;
  qty_canceled: number;
  amazon_order_item_id: number | null;
}

const keyOf = (line: Line) =>
  line.amazon_order_item_id === null ? `order-item:${line.id}` : `amazon-item:${line.amazon_order_item_id}`;

/** Units per order line in one kind of document (invoice, shipment, credit memo). */
async function documentUnits(knex: Knex, table: string, parent: string, orderId: number) {
  const rows: { order_item_id: number; units: number }[] = await knex(`${table}_items as i`)
    .join(`${table}s as d`, 'd.id', `i.${parent}_id`)
    .where('d.order_id', orderId)
    .groupBy('i.order_item_id')
    .select('i.order_item_id', knex.raw('sum(i.qty)::integer as units'));
  return new Map(rows.map((row) => [row.order_item_id, row.units]));
}

/** Magento's quantities per line: each counter within what was ordered, and equal to its documents. */
async function lineViolations(knex: Knex, orderId: number, lines: readonly Line[]): Promise<string[]> {
  const problems: string[] = [];
  const invoiced = await documentUnits(knex, 'sales_invoice', 'invoice', orderId);
  const shipped = await documentUnits(knex, 'sales_shipment', 'shipment', orderId);
  const refunded = await documentUnits(knex, 'sales_credit_memo', 'credit_memo', orderId);
  for (const line of lines) {
    const name = `line ${line.id} ${JSON.stringify(line)}`;
    if (line.qty_invoiced + line.qty_canceled > line.qty_ordered)
      problems.push(`${name}: invoiced + canceled > ordered`);
    if (line.qty_shipped + line.qty_canceled > line.qty_ordered)
      problems.push(`${name}: shipped + canceled > ordered`);
    if (line.qty_refunded > line.qty_invoiced) problems.push(`${name}: refunded > invoiced`);
    if (line.qty_invoiced !== (invoiced.get(line.id) ?? 0))
      problems.push(`${name}: qty_invoiced != its invoices`);
    if (line.qty_shipped !== (shipped.get(line.id) ?? 0))
      problems.push(`${name}: qty_shipped != its shipments`);
    if (line.qty_refunded !== (refunded.get(line.id) ?? 0))
      problems.push(`${name}: qty_refunded != its credit memos`);
  }
  return problems;
}

/** One document per successful answer, one audit row per document or action, totals that add up. */
async function documentViolations(knex: Knex, order: RaceOrder, answers: readonly RaceAnswer[]) {
  const problems: string[] = [];
  const { orderId } = order;
  const count = async (table: string, where: Record<string, unknown> = {}, staffOnly = false) => {
    const query = knex(table).where({ order_id: orderId, ...where });
    if (staffOnly) query.whereNotNull('user_id');
    return (await query).length;
  };
  const audits = async (action: string, recordId: string) =>
    (await knex('audit_log').where({ action, record_id: recordId }).whereNotNull('user_id')).length;
  const expectations: [string, number, number][] = [
    ['invoices', await count('sales_invoices'), successes(answers, 'invoice', 'invoice-one')],
    ['shipments', await count('sales_shipments'), successes(answers, 'ship', 'ship-one')],
    [
      'staff credit memos',
      await count('sales_credit_memos', {}, true),
      successes(answers, 'credit-memo', 'credit-memo-one'),
    ],
    [
      'invoice audits',
      await audits('orders.invoice-created', String(orderId)),
      successes(answers, 'invoice', 'invoice-one'),
    ],
    ['shipment audits', await audits('orders.ship', String(orderId)), successes(answers, 'ship', 'ship-one')],
    [
      'credit memo audits',
      await audits('orders.credit-memo-created', String(orderId)),
      successes(answers, 'credit-memo', 'credit-memo-one'),
    ],
    ['hold audits', await audits('orders.hold', String(orderId)), successes(answers, 'hold')],
    ['unhold audits', await audits('orders.unhold', String(orderId)), successes(answers, 'unhold')],
    ['cancel audits', await audits('orders.cancel', String(orderId)), successes(answers, 'cancel')],
  ];
  if (order.amazonOrderId)
    expectations.push([
      'cancel requests',
      await audits('amazon-orders.cancel-requested', order.amazonOrderId),
      successes(answers, 'amazon-cancel'),
    ]);
  for (const [what, actual, expected] of expectations)
    if (actual !== expected) problems.push(`${expected} ${what} answered, ${actual} recorded`);
  const sums = await knex('sales_orders as so')
    .where('so.id', orderId)
    .first(
      'so.total_invoiced',
      'so.total_refunded',
      'so.total_paid',
      knex.raw(
        '(select coalesce(sum(grand_total), 0) from sales_invoices where order_id = so.id) as invoices',
      ),
      knex.raw(
        '(select coalesce(sum(grand_total), 0) from sales_credit_memos where order_id = so.id) as memos',
      ),
    );
  if (toCents(sums.total_invoiced) !== toCents(sums.invoices))
    problems.push(`total_invoiced != its invoices`);
  if (toCents(sums.total_refunded) !== toCents(sums.memos))
    problems.push(`total_refunded != its credit memos`);
  if (toCents(sums.total_refunded) > toCents(sums.total_paid)) problems.push(`refunded more than was paid`);
  return problems;
}

/** Magento's state machine: the status agrees with what is left to invoice and ship. */
function statusViolations(
  order: { status: string; hold_before_status: string | null },
  lines: readonly Line[],
  amazonCanceled: boolean,
): string[] {
  const problems: string[] = [];
  const open = lines.some((line) => qtyToInvoice(line) > 0 || qtyToShip(line) > 0);
  const shippedAny = lines.some((line) => line.qty_shipped > 0);
  if ((order.status === 'complete' || order.status === 'closed') && open)
    problems.push(`${order.status} with units left to invoice or ship`);
  if (order.status === 'processing' && !open) problems.push('processing with nothing left to do');
  if (order.status === 'holded' && !['pending', 'processing'].includes(order.hold_before_status ?? ''))
    problems.push(`held from ${order.hold_before_status}`);
  if (amazonCanceled && shippedAny) problems.push('canceled on Amazon and shipped here');
  if (amazonCanceled && order.status !== 'canceled' && order.status !== 'closed')
    problems.push(`canceled on Amazon but ${order.status} here`);
  return problems;
}

/**
 * The reservation ledger moved once per effect: one reservation per line, shipment compensations that add
 * up to the units shipped, at most one release, and what stays reserved is what can still go out.
 */
async function ledgerViolations(knex: Knex, status: string, lines: readonly Line[], canceled: boolean) {
  const problems: string[] = [];
  const rows: { order_item_key: string; cause: string; quantity: number }[] = await knex(
    'inventory_reservations',
  )
    .whereIn('order_item_key', lines.map(keyOf))
    .select('order_item_key', 'cause', 'quantity');
  for (const line of lines) {
    const mine = rows.filter((row) => row.order_item_key === keyOf(line));
    const sum = (cause: string) =>
      mine.filter((row) => row.cause === cause).reduce((total, row) => total + row.quantity, 0);
    const name = `${keyOf(line)} ${JSON.stringify(mine.map((row) => [row.cause, row.quantity]))}`;
    const placed = mine.filter((row) => row.cause === 'order_placed');
    if (placed.length !== 1 || placed[0]!.quantity !== -line.qty_ordered)
      problems.push(`${name}: not reserved once`);
    if (sum('order_shipped') !== line.qty_shipped)
      problems.push(`${name}: shipments compensated ${sum('order_shipped')}, shipped ${line.qty_shipped}`);
    if (mine.filter((row) => row.cause === 'order_canceled').length > 1)
      problems.push(`${name}: released twice`);
    const outstanding = -mine.reduce((total, row) => total + row.quantity, 0);
    const expected =
      canceled || status === 'closed' ? 0 : line.qty_ordered - line.qty_shipped - line.qty_canceled;
    if (outstanding !== expected)
      problems.push(`${name}: ${outstanding} reserved, expected ${expected} (${status})`);
  }
  return problems;
}

/** Everything that must hold for one order after a race on it; an empty list when it all does. */
export async function orderViolations(
  knex: Knex,
  order: RaceOrder,
  answers: readonly RaceAnswer[],
): Promise<string[]> {
  const row = await knex('sales_orders')
    .where({ id: order.orderId })
    .first('status', 'hold_before_status', 'amazon_order_id');
  const lines: Line[] = await knex('sales_order_items')
    .where({ order_id: order.orderId })
    .orderBy('id')
    .select(
      'id',
      'sku',
      'qty_ordered',
      'qty_invoiced',
      'qty_shipped',
      'qty_refunded',
      'qty_canceled',
      'amazon_order_item_id',
    );
  const amazon = row.amazon_order_id
    ? await knex('amazon_orders').where({ id: row.amazon_order_id }).first('canceled_at')
    : null;
  const amazonCanceled = Boolean(amazon?.canceled_at);
  return [
    ...(await lineViolations(knex, order.orderId, lines)),
    ...(await documentViolations(knex, order, answers)),
    ...statusViolations(row, lines, amazonCanceled),
    ...(await ledgerViolations(knex, row.status, lines, row.status === 'canceled' || amazonCanceled)),
  ];
}

/** Each SKU's reserved counter equals its ledger, and on hand went down by exactly the units shipped. */
export async function stockViolations(
  knex: Knex,
  onHandBefore: ReadonlyMap<string, number>,
  shippedSince: ReadonlyMap<string, number>,
): Promise<string[]> {
  const rows: { sku: string; on_hand: number; reserved: number; ledger: number }[] = await knex(
    'inventory_stock as s',
  )
    .whereIn('s.sku', [...onHandBefore.keys()])
    .select(
      's.sku',
      's.on_hand',
      's.reserved',
      knex.raw(
        '(select coalesce(-sum(quantity), 0)::integer from inventory_reservations r where r.sku = s.sku) as ledger',
      ),
    );
  const problems: string[] = [];
  for (const row of rows) {
    if (row.reserved !== row.ledger)
      problems.push(`${row.sku}: reserved ${row.reserved}, ledger ${row.ledger}`);
    const moved = onHandBefore.get(row.sku)! - row.on_hand;
    const shipped = shippedSince.get(row.sku) ?? 0;
    if (moved !== shipped) problems.push(`${row.sku}: on hand went down ${moved}, ${shipped} shipped`);
  }
  return problems;
}

export async function onHandOf(knex: Knex, skus: readonly string[]): Promise<Map<string, number>> {
  const rows: { sku: string; on_hand: number }[] = await knex('inventory_stock')
    .whereIn('sku', skus)
    .select('sku', 'on_hand');
  return new Map(rows.map((row) => [row.sku, row.on_hand]));
}

/** Units shipped per SKU on these orders. */
export async function shippedUnits(knex: Knex, orderIds: readonly number[]): Promise<Map<string, number>> {
  const rows: { sku: string; units: number }[] = await knex('sales_order_items')
    .whereIn('order_id', orderIds)
    .groupBy('sku')
    .select('sku', knex.raw('sum(qty_shipped)::integer as units'));
  return new Map(rows.map((row) => [row.sku, row.units]));
}
