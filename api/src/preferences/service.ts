import type { Knex } from 'knex';
import { recordAudit } from '../audit/repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { ConflictError } from '../http/errors.js';
import { lockUser } from '../users/repository.js';
import { deletePreference, readPreferences, upsertPreference } from './repository.js';
import { MAX_PREFERENCES_PER_USER } from './schemas.js';

/** The current user's preferences: nobody reads another's. */
export function preferencesOf(db: Knex, user: SessionUser): Promise<Record<string, unknown>> {
  return readPreferences(db, user.id);
}

/** Stores one preference of the current user (new or replaced), audited; 409 past the per-user limit. */
export async function savePreference(db: Knex, user: SessionUser, key: string, value: unknown) {
  await db.transaction(async (trx) => {
    // The user's row lock: one user's preference changes run one after the other.
    await lockUser(trx, user.id);
    if (!(await upsertPreference(trx, user.id, key, value, MAX_PREFERENCES_PER_USER))) {
      throw new ConflictError(
        `You already have ${MAX_PREFERENCES_PER_USER} saved preferences; delete one before adding another.`,
        { field: 'key' },
      );
    }
    await recordAudit(trx, {
      user,
      action: 'preferences.save',
      resource: 'user-preferences',
      recordId: user.id,
      details: { key },
    });
  });
  return { key, value };
}

/** Deletes one preference of the current user; audited when there was one (deleting none changes nothing). */
export async function removePreference(db: Knex, user: SessionUser, key: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    await lockUser(trx, user.id);
    const deleted = await deletePreference(trx, user.id, key);
    if (deleted) {
      await recordAudit(trx, {
        user,
        action: 'preferences.delete',
        resource: 'user-preferences',
        recordId: user.id,
        details: { key },
      });
    }
    return deleted;
  });
}
