import type { Knex } from 'knex';

/** The default lease (WORKER_LEASE_SECONDS); its holder renews it every quarter of it. */
export const LEASE_SECONDS = 120;

const leaseUntil = (db: Knex, seconds: number) => db.raw(`now() + ? * interval '1 second'`, [seconds]);

/**
 * The store's sync lease: taken only when free, expired, or already ours, in one UPDATE, so two workers
 * (in any processes) never sync one store at once. A crashed worker's lease runs out by itself.
 */
export async function acquireSyncLease(
  db: Knex,
  storeId: number,
  owner: string,
  seconds: number = LEASE_SECONDS,
): Promise<boolean> {
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
      sync_lease_until: leaseUntil(db, seconds),
    })
    .returning('id');
  return taken.length > 0;
}

/** Extends our lease; false when it is no longer ours (it ran out and another worker took it). */
export async function renewSyncLease(
  db: Knex,
  storeId: number,
  owner: string,
  seconds: number = LEASE_SECONDS,
): Promise<boolean> {
  const renewed = await db('amazon_stores')
    .where({ id: storeId, sync_lease_owner: owner })
    .update({ sync_lease_until: leaseUntil(db, seconds) })
    .returning('id');
  return renewed.length > 0;
}

export async function releaseSyncLease(db: Knex, storeId: number, owner: string): Promise<void> {
  await db('amazon_stores')
    .where({ id: storeId, sync_lease_owner: owner })
    .update({ sync_lease_owner: null, sync_lease_until: null });
}
