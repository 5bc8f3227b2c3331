import type { Knex } from 'knex';
import { recordAudit } from '../../../audit/repository.js';
import type { SessionUser } from '../../../auth/session-user.js';
import type { SecretBox } from '../../../crypto/secret-box.js';
import { ConflictError, NotFoundError } from '../../../http/errors.js';
import { lwaEndpointFor } from './endpoint-url.js';
import { lockStore, lockStoreIdentities, storeNamed, storeOfAccount, storeQuery } from './repository.js';
import type { NewStore, StoreSettings } from './schemas.js';

/** All the audit trail ever says of credentials: that they were set or replaced, never what they are. */
const CREDENTIALS_CHANGED = 'changed';

async function assertNameFree(trx: Knex.Transaction, name: string, exceptId: number | null) {
  const other = await storeNamed(trx, name, exceptId);
  if (other) {
    throw new ConflictError(`An Amazon store named "${other.name}" already exists.`, [
      { field: 'name', message: `is already the name of store #${other.id}` },
    ]);
  }
}

/**
 * Connects a store: its credentials sealed with SECRET_KEY (as the demo store's are), the row inserted and
 * audited in one transaction that holds the lock on store names and accounts. The scheduler's next tick
 * sees the new store and syncs it on its interval; no restart is needed.
 */
export async function createStore(db: Knex, secretBox: SecretBox, input: NewStore, actor: SessionUser) {
  const { credentials, endpoint = null, lwa_endpoint: lwaEndpoint, ...fields } = input;
  const row = {
    ...fields,
    endpoint,
    lwa_endpoint: lwaEndpointFor(endpoint, lwaEndpoint),
    credentials_encrypted: secretBox.seal(credentials),
  };
  return db.transaction(async (trx) => {
    await lockStoreIdentities(trx);
    await assertNameFree(trx, fields.name, null);
    const connected = await storeOfAccount(trx, fields.seller_id, fields.marketplace_id);
    if (connected) {
      throw new ConflictError(
        `Seller ${fields.seller_id} on marketplace ${fields.marketplace_id} is already connected as "${connected.name}".`,
        [
          {
            field: 'seller_id',
            message: `is already connected on this marketplace as store #${connected.id}`,
          },
        ],
      );
    }
    const [{ id }] = (await trx('amazon_stores').insert(row).returning('id')) as [{ id: number }];
    const store = await storeQuery(trx).where({ id }).first();
    const { credentials_encrypted: _sealed, ...described } = row;
    await recordAudit(trx, {
      user: actor,
      action: 'amazon-stores.create',
      resource: 'amazon-stores',
      recordId: id,
      details: { ...described, credentials: CREDENTIALS_CHANGED },
    });
    return store;
  });
}

/** The columns a change writes: the endpoint and its Login with Amazon URL go together. */
function columnsOf(settings: Omit<StoreSettings, 'credentials'>, currentEndpoint: string | null) {
  const { endpoint, lwa_endpoint: lwaEndpoint, ...rest } = settings;
  if (endpoint === undefined && lwaEndpoint === undefined) return rest;
  const nextEndpoint = endpoint === undefined ? currentEndpoint : endpoint;
  return { ...rest, endpoint: nextEndpoint, lwa_endpoint: lwaEndpointFor(nextEndpoint, lwaEndpoint) };
}

/**
 * Changes a store's name, endpoint, order settings or credentials in one transaction that locks the store
 * first, with an audit row of what changed (credentials only as "changed").
 */
export async function updateStoreSettings(
  db: Knex,
  secretBox: SecretBox,
  id: number,
  settings: StoreSettings,
  actor: SessionUser,
) {
  const { credentials, ...rest } = settings;
  const sealed = credentials ? secretBox.seal(credentials) : undefined;
  return db.transaction(async (trx) => {
    if (!(await lockStore(trx, id))) throw new NotFoundError(`No Amazon store ${id}.`);
    if (rest.name !== undefined) {
      await lockStoreIdentities(trx);
      await assertNameFree(trx, rest.name, id);
    }
    const before = await storeQuery(trx).where({ id }).first();
    const columns: Record<string, unknown> = columnsOf(rest, before.endpoint as string | null);
    if (Object.keys(columns).length > 0 || sealed) {
      await trx('amazon_stores')
        .where({ id })
        .update({
          ...columns,
          ...(sealed ? { credentials_encrypted: sealed } : {}),
          updated_at: trx.fn.now(),
        });
    }
    const after = await storeQuery(trx).where({ id }).first();
    const changed: Record<string, unknown> = Object.fromEntries(
      Object.keys(columns).map((key) => [key, { from: before?.[key], to: after?.[key] }]),
    );
    if (sealed) changed.credentials = CREDENTIALS_CHANGED;
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
