import type { Knex } from 'knex';
import { recordAudit } from '../../../audit/repository.js';
import type { SessionUser } from '../../../auth/session-user.js';
import { NotFoundError } from '../../../http/errors.js';
import { lockStore, storeQuery } from './repository.js';
import type { StoreSettings } from './schemas.js';

/** Changes a store's order settings in one transaction that locks the store first, with an audit row. */
export async function updateStoreSettings(db: Knex, id: number, settings: StoreSettings, actor: SessionUser) {
  return db.transaction(async (trx) => {
    if (!(await lockStore(trx, id))) throw new NotFoundError(`No Amazon store ${id}.`);
    const before = await storeQuery(trx).where({ id }).first();
    if (Object.keys(settings).length > 0) {
      await trx('amazon_stores')
        .where({ id })
        .update({ ...settings, updated_at: trx.fn.now() });
    }
    const after = await storeQuery(trx).where({ id }).first();
    const changed = Object.fromEntries(
      Object.keys(settings).map((key) => [key, { from: before?.[key], to: after?.[key] }]),
    );
    await recordAudit(trx, {
      user: actor,
      action: 'amazon-stores.update',
      resource: 'amazon-stores',
      recordId: id,
      details: changed,
    });
    return after;
  });
}
