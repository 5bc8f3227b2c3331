import type { Knex } from 'knex';

export const LEASE_SECONDS = 120;

/**
 * The store's sync lease: taken only when free, expired, or already ours, in one UPDATE, so two workers
 * (in any processes) never sync one store at once. A crashed worker's lease runs out by itself.
 */
export async function acquireSyncLease(db: Knex, storeId: number, owner: string): Promise<boolean> {
  const taken = await db('amazon_stores')
    .where({ id: storeId })
    .andWhere((q) =>
      q
        .whereNull('sync_lease_until')
        .orWhere('sync_lease_until', '<', db.fn.now())
        .orWhere('sync_lease_owner', owner),
    )
    .update({
      sync_lease_owner: owner,
      sync_lease_until: db.raw(`now() + interval '${LEASE_SECONDS} seconds'`),
    })
    .returning('id');
  return taken.length > 0;
}

/** Extends our lease; false when it is no longer ours (it ran out and another worker took it). */
export async function renewSyncLease(db: Knex, storeId: number, owner: string): Promise<boolean> {
  const renewed = await db('amazon_stores')
    .where({ id: storeId, sync_lease_owner: owner })
    .update({ sync_lease_until: db.raw(`now() + interval '${LEASE_SECONDS} seconds'`) })
    .returning('id');
  return renewed.length > 0;
}

export async function releaseSyncLease(db: Knex, storeId: number, owner: string): Promise<void> {
  await db('amazon_stores')
    .where({ id: storeId, sync_lease_owner: owner })
    .update({ sync_lease_owner: null, sync_lease_until: null });
}
