// Every migration, in order. A static list (no directory scan) so it works under tsx, vitest and bundlers.
// Add a new migration by creating its file and appending it here.
import type { Knex } from 'knex';
import * as m000100 from './20261122000100_create_users.js';
import * as m000200 from './20261122000200_create_sessions.js';
import * as m000300 from './20261122000300_create_audit_log.js';
import * as m000400 from './20261122000400_create_amazon_stores.js';
import * as m000500 from './20261122000500_create_customers.js';
import * as m000600 from './20261122000600_enable_pg_trgm.js';
import * as m000700 from './20261122000700_create_amazon_orders.js';
import * as m000800 from './20261122000800_create_amazon_order_items.js';
import * as m000900 from './20261122000900_create_amazon_order_addresses.js';
import * as m001000 from './20261122001000_create_amazon_order_status_history.js';
import * as m001100 from './20261122001100_create_sales_orders.js';
import * as m001200 from './20261122001200_create_sales_order_items.js';
import * as m001300 from './20261122001300_create_sales_order_addresses.js';
import * as m001400 from './20261122001400_create_sales_order_status_history.js';
import * as m001500 from './20261122001500_create_sales_invoices.js';
import * as m001600 from './20261122001600_create_sales_shipments.js';
import * as m001700 from './20261122001700_create_sales_credit_memos.js';
import * as m001800 from './20261122001800_create_amazon_order_tracking.js';
import * as m001900 from './20261122001900_create_inventory_stock.js';
import * as m002000 from './20261122002000_create_inventory_reservations.js';
import * as m002100 from './20261122002100_create_inventory_stock_salable_view.js';
import * as m002200 from './20261122002200_create_outbox.js';
import * as m002300 from './20261122002300_create_amazon_feed_submissions.js';
import * as m002400 from './20261122002400_create_amazon_sync_runs.js';
import * as m002500 from './20261122002500_create_amazon_communication_errors.js';
import * as m002600 from './20261122002600_add_inventory_stock_reserved_counter.js';
import * as m002700 from './20261122002700_add_amazon_store_sync_lease.js';
import * as m002800 from './20261122002800_allow_queued_sync_runs.js';
import * as m002900 from './20261122002900_order_number_lookup_index.js';
import * as m003000 from './20261122003000_create_outbound_emails.js';
import * as m003300 from './20261122003300_inventory_reservations_sku_ledger_index.js';
import * as m003400 from './20261122003400_grid_sort_indexes.js';
import * as m003700 from './20261122003700_order_search_indexes.js';
import * as m003800 from './20261122003800_grid_page_key_indexes.js';
import * as m003900 from './20261122003900_name_search_statistics.js';
import * as m004000 from './20261122004000_create_user_preferences.js';
import * as m004100 from './20261122004100_amazon_store_names_unique.js';
import * as m004200 from './20261122004200_amazon_orders_import_state_index.js';

export interface NamedMigration {
  name: string;
  migration: Knex.Migration;
}

export const MIGRATIONS: readonly NamedMigration[] = [
  { name: '20261122000100_create_users', migration: m000100 },
  { name: '20261122000200_create_sessions', migration: m000200 },
  { name: '20261122000300_create_audit_log', migration: m000300 },
  { name: '20261122000400_create_amazon_stores', migration: m000400 },
  { name: '20261122000500_create_customers', migration: m000500 },
  { name: '20261122000600_enable_pg_trgm', migration: m000600 },
  { name: '20261122000700_create_amazon_orders', migration: m000700 },
  { name: '20261122000800_create_amazon_order_items', migration: m000800 },
  { name: '20261122000900_create_amazon_order_addresses', migration: m000900 },
  { name: '20261122001000_create_amazon_order_status_history', migration: m001000 },
  { name: '20261122001100_create_sales_orders', migration: m001100 },
  { name: '20261122001200_create_sales_order_items', migration: m001200 },
  { name: '20261122001300_create_sales_order_addresses', migration: m001300 },
  { name: '20261122001400_create_sales_order_status_history', migration: m001400 },
  { name: '20261122001500_create_sales_invoices', migration: m001500 },
  { name: '20261122001600_create_sales_shipments', migration: m001600 },
  { name: '20261122001700_create_sales_credit_memos', migration: m001700 },
  { name: '20261122001800_create_amazon_order_tracking', migration: m001800 },
  { name: '20261122001900_create_inventory_stock', migration: m001900 },
  { name: '20261122002000_create_inventory_reservations', migration: m002000 },
  { name: '20261122002100_create_inventory_stock_salable_view', migration: m002100 },
  { name: '20261122002200_create_outbox', migration: m002200 },
  { name: '20261122002300_create_amazon_feed_submissions', migration: m002300 },
  { name: '20261122002400_create_amazon_sync_runs', migration: m002400 },
  { name: '20261122002500_create_amazon_communication_errors', migration: m002500 },
  { name: '20261122002600_add_inventory_stock_reserved_counter', migration: m002600 },
  { name: '20261122002700_add_amazon_store_sync_lease', migration: m002700 },
  { name: '20261122002800_allow_queued_sync_runs', migration: m002800 },
  { name: '20261122002900_order_number_lookup_index', migration: m002900 },
  { name: '20261122003000_create_outbound_emails', migration: m003000 },
  { name: '20261122003300_inventory_reservations_sku_ledger_index', migration: m003300 },
  { name: '20261122003400_grid_sort_indexes', migration: m003400 },
  { name: '20261122003700_order_search_indexes', migration: m003700 },
  { name: '20261122003800_grid_page_key_indexes', migration: m003800 },
  { name: '20261122003900_name_search_statistics', migration: m003900 },
  { name: '20261122004000_create_user_preferences', migration: m004000 },
  { name: '20261122004100_amazon_store_names_unique', migration: m004100 },
  { name: '20261122004200_amazon_orders_import_state_index', migration: m004200 },
];
