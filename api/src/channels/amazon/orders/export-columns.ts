import type { Knex } from 'knex';

/** One exported row as the export query selects it. */
export interface ExportRow {
  amazon_order_id: string;
  store_id: number;
  store_name: string | null;
  commerce_increment_id: string | null;
  buyer_name: string | null;
  buyer_email: string | null;
  status: string;
  order_total: string | null;
  currency: string | null;
  fulfillment_channel: string | null;
  items_shipped: number;
  items_unshipped: number;
  reserved: boolean;
  purchase_date: Date;
  latest_ship_date: Date | null;
  last_update_date: Date;
  import_state: string;
  import_error: string | null;
  cancellation_state: string;
  buyer_cancel_requested: boolean;
  last_action: string | null;
}

/** The CSV's columns, in order; headers are the API's field names so that scripts can rely on them. */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'amazon_order_id',
  'store_id',
  'store_name',
  'commerce_increment_id',
  'buyer_name',
  'buyer_email',
  'status',
  'order_total',
  'currency',
  'fulfillment_channel',
  'items_shipped',
  'items_unshipped',
  'reserved',
  'purchase_date',
  'latest_ship_date',
  'last_update_date',
  'import_state',
  'import_error',
  'cancellation_state',
  'buyer_cancel_requested',
  'last_action',
];

/**
 * The grid's rows with the store's name, for the export. The same aliases as the list's query (o, so), so
 * that the list spec's filters and search apply to it unchanged.
 */
export function amazonOrderExportQuery(db: Knex): Knex.QueryBuilder {
  return db('amazon_orders as o')
    .leftJoin('sales_orders as so', 'so.amazon_order_id', 'o.id')
    .leftJoin('amazon_stores as export_store', 'export_store.id', 'o.store_id')
    .select(
      'o.amazon_order_id',
      'o.store_id',
      'export_store.name as store_name',
      'so.increment_id as commerce_increment_id',
      'o.buyer_name',
      'o.buyer_email',
      'o.status',
      'o.order_total',
      'o.currency',
      'o.fulfillment_channel',
      'o.number_of_items_shipped as items_shipped',
      'o.number_of_items_unshipped as items_unshipped',
      'o.inventory_reserved as reserved',
      'o.purchase_date',
      'o.latest_ship_date',
      'o.last_update_date',
      'o.import_state',
      'o.import_error',
      'o.cancellation_state',
      'o.buyer_cancel_requested',
      'o.last_action',
    );
}

/** A row as CSV cells: times in ISO 8601 (UTC), booleans as true/false, missing values empty. */
export function toCsvRecord(row: ExportRow): string[] {
  return EXPORT_COLUMNS.map((column) => {
    const value: unknown = row[column];
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString();
    return String(value);
  });
}
