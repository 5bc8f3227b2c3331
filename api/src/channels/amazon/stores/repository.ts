import type { Knex } from 'knex';

/** The API's view of a store: never the credentials, only whether there are some. */
export function storeQuery(db: Knex | Knex.Transaction) {
  return db('amazon_stores').select(
    'id',
    'name',
    'seller_id',
    'marketplace_id',
    'region',
    'endpoint',
    'import_orders',
    'import_store',
    'customer_creation',
    'order_number_source',
    'reserve_pending',
    'order_status',
    'sync_interval_minutes',
    'last_sync_at',
    'is_active',
    'created_at',
    'updated_at',
    db.raw('(credentials_encrypted is not null) as has_credentials'),
  );
}

export function lockStore(trx: Knex.Transaction, id: number) {
  return trx('amazon_stores').where({ id }).forUpdate().first('id');
}
