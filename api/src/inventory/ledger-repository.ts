import type { Knex } from 'knex';

/** The orders a ledger row belongs to, read from its order item key. */
export interface LedgerLinks {
  amazon_order_id: string | null;
  commerce_order_id: number | null;
  commerce_increment_id: string | null;
}

/** Ledger rows as the API names them (links added by `ledgerLinks`); the list filters them by SKU. */
export function ledgerQuery(db: Knex) {
  return db('inventory_reservations as r').select(
    'r.id',
    'r.sku',
    'r.created_at',
    'r.quantity',
    'r.cause',
    'r.reference',
    'r.order_item_key',
  );
}

const AMAZON_ITEM = /^amazon-item:(\d{1,15})$/;
const ORDER_ITEM = /^order-item:(\d{1,15})$/;

/**
 * The keys a Commerce order line's stock may be held under: its own (`order-item:<id>`: web orders, staff
 * actions) and, on an Amazon order, the Amazon order item's that the import reserved it under.
 */
export const ledgerKeysOfLine = (line: { id: number; amazon_order_item_id: number | null }): string[] => [
  `order-item:${line.id}`,
  ...(line.amazon_order_item_id === null ? [] : [`amazon-item:${line.amazon_order_item_id}`]),
];

const idsMatching = (keys: readonly string[], pattern: RegExp): number[] => [
  ...new Set(keys.flatMap((key) => pattern.exec(key)?.slice(1).map(Number) ?? [])),
];

/**
 * The Amazon order and Commerce order behind each order item key of a page: Amazon order items
 * (`amazon-item:<id>`, reserved by the import) and Commerce order items (`order-item:<id>`, a web order or
 * a staff action). Two primary-key lookups for the whole page.
 */
export async function ledgerLinks(db: Knex, keys: readonly string[]): Promise<Map<string, LedgerLinks>> {
  const amazonItemIds = idsMatching(keys, AMAZON_ITEM);
  const orderItemIds = idsMatching(keys, ORDER_ITEM);
  const [amazonItems, orderItems] = await Promise.all([
    amazonItemIds.length === 0
      ? []
      : db('amazon_order_items as ai')
          .join('amazon_orders as ao', 'ao.id', 'ai.order_id')
          .leftJoin('sales_orders as so', 'so.amazon_order_id', 'ao.id')
          .whereIn('ai.id', amazonItemIds)
          .select(
            'ai.id',
            'ao.amazon_order_id',
            'so.id as commerce_order_id',
            'so.increment_id as commerce_increment_id',
          ),
    orderItemIds.length === 0
      ? []
      : db('sales_order_items as soi')
          .join('sales_orders as so', 'so.id', 'soi.order_id')
          .leftJoin('amazon_orders as ao', 'ao.id', 'so.amazon_order_id')
          .whereIn('soi.id', orderItemIds)
          .select(
            'soi.id',
            'ao.amazon_order_id',
            'so.id as commerce_order_id',
            'so.increment_id as commerce_increment_id',
          ),
  ]);
  const links = new Map<string, LedgerLinks>();
  const add = (prefix: string, rows: (LedgerLinks & { id: number })[]) => {
    for (const { id, ...link } of rows) links.set(`${prefix}:${id}`, link);
  };
  add('amazon-item', amazonItems as (LedgerLinks & { id: number })[]);
  add('order-item', orderItems as (LedgerLinks & { id: number })[]);
  return links;
}
