import type { Knex } from 'knex';

export interface ShipmentLine {
  orderItemId: number;
  quantity: number;
}

/** Records a shipment and moves each item's qty_shipped, in the caller's transaction (order locked). */
export async function insertShipment(
  trx: Knex.Transaction,
  orderId: number,
  lines: readonly ShipmentLine[],
  userId: number | null,
): Promise<{ id: number; incrementId: string }> {
  const [shipment] = await trx('sales_shipments')
    .insert({
      order_id: orderId,
      total_qty: lines.reduce((sum, line) => sum + line.quantity, 0),
      user_id: userId,
    })
    .returning(['id', 'increment_id']);
  await trx('sales_shipment_items').insert(
    lines.map((line) => ({ shipment_id: shipment.id, order_item_id: line.orderItemId, qty: line.quantity })),
  );
  for (const line of lines) {
    await trx('sales_order_items').where({ id: line.orderItemId }).increment('qty_shipped', line.quantity);
  }
  return { id: shipment.id, incrementId: shipment.increment_id };
}

export interface ShippableItem {
  id: number;
  sku: string;
  qty_ordered: number;
  qty_shipped: number;
  qty_canceled: number;
  amazon_order_item_id: number | null;
}

export function itemsOfOrder(trx: Knex.Transaction, orderId: number): Promise<ShippableItem[]> {
  return trx('sales_order_items')
    .select('id', 'sku', 'qty_ordered', 'qty_shipped', 'qty_canceled', 'amazon_order_item_id')
    .where({ order_id: orderId })
    .orderBy('id');
}
