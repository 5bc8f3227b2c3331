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
    'lwa_endpoint',
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

/**
 * Serialises the changes that must keep names and seller accounts unique (creations and renames), so
 * that the checks below hold until the transaction commits; the unique indexes are the last word.
 */
export async function lockStoreIdentities(trx: Knex.Transaction): Promise<void> {
  await trx.raw("select pg_advisory_xact_lock(hashtext('amazon-stores:identities'))");
}

/** Another store's id with this name (any case), if there is one. */
export async function storeNamed(trx: Knex.Transaction, name: string, exceptId: number | null) {
  const query = trx('amazon_stores').whereRaw('lower(name) = lower(?)', [name]);
  if (exceptId !== null) query.whereNot({ id: exceptId });
  return query.first('id', 'name');
}

/** The store already connected to this seller account on this marketplace, if there is one. */
export function storeOfAccount(trx: Knex.Transaction, sellerId: string, marketplaceId: string) {
  return trx('amazon_stores')
    .where({ seller_id: sellerId, marketplace_id: marketplaceId })
    .first('id', 'name');
}
