import type { Knex } from 'knex';
import { recordAudit } from '../audit/repository.js';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/session-user.js';
import { ConflictError, NotFoundError } from '../http/errors.js';
import { endSessionsOf, lockUser, otherActiveAdmins, updateUserRow, type UserRow } from './repository.js';
import type { UserChanges } from './schemas.js';

// Role and activity changes of all users take turns, so that two admins demoting each other at once
// cannot both succeed and leave no administrator.
const ADMIN_SET_LOCK = 'users:admins';

/**
 * An admin changes a user: role, name, e-mail, active, password. One transaction that locks the user
 * first, with an audit row; a password reset or a deactivation ends the user's sessions (the caller's
 * own current session excepted). There is always at least one active administrator.
 */
export async function updateUser(
  db: Knex,
  id: number,
  changes: UserChanges,
  actor: SessionUser,
  actorSessionId: string | null,
) {
  const { password, ...fields } = changes;
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [ADMIN_SET_LOCK]);
    const before = await lockUser(trx, id);
    if (!before) throw new NotFoundError(`No user ${id}.`);
    await refuseLosingTheLastAdmin(trx, before, fields, actor);
    const after = await updateUserRow(trx, id, {
      ...fields,
      ...(passwordHash ? { password_hash: passwordHash } : {}),
    });
    const endsSessions = passwordHash !== undefined || fields.is_active === false;
    const sessionsEnded = endsSessions
      ? await endSessionsOf(trx, id, id === actor.id ? actorSessionId : null)
      : 0;
    await recordAudit(trx, {
      user: actor,
      action: 'users.update',
      resource: 'users',
      recordId: id,
      details: {
        username: before.username,
        ...changesOf(before, fields),
        ...(passwordHash ? { password_reset: true } : {}),
        ...(sessionsEnded > 0 ? { sessions_ended: sessionsEnded } : {}),
      },
    });
    return after;
  });
}

async function refuseLosingTheLastAdmin(
  trx: Knex.Transaction,
  user: UserRow,
  fields: Omit<UserChanges, 'password'>,
  actor: SessionUser,
): Promise<void> {
  if (user.id === actor.id && fields.is_active === false) {
    throw new ConflictError('You cannot deactivate your own account; another administrator can.', {
      field: 'is_active',
    });
  }
  const staysAdmin = (fields.role ?? user.role) === 'admin' && (fields.is_active ?? user.is_active);
  if (user.role !== 'admin' || !user.is_active || staysAdmin) return;
  if ((await otherActiveAdmins(trx, user.id)) === 0) {
    throw new ConflictError(
      `${user.username} is the last active administrator: make another user an administrator first.`,
      { field: fields.role !== undefined && fields.role !== 'admin' ? 'role' : 'is_active' },
    );
  }
}

function changesOf(before: UserRow, fields: Omit<UserChanges, 'password'>) {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key, value]) => before[key as keyof UserRow] !== value)
      .map(([key, value]) => [key, { from: before[key as keyof UserRow], to: value }]),
  );
}
