import type { Knex } from 'knex';
import { recordAudit } from '../audit/repository.js';
import { hashPassword } from '../auth/passwords.js';
import type { SessionUser } from '../auth/session-user.js';
import { ConflictError } from '../http/errors.js';
import { insertUser, usernameTaken } from './repository.js';
import type { NewUser } from './schemas.js';

/** Creates a user (API or command line); `actor` null means the command line. */
export async function createUser(db: Knex, input: NewUser, actor: SessionUser | null) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (trx) => {
    // Serialises concurrent creations of one name; the unique index is the last word.
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`user:${input.username.toLowerCase()}`]);
    if (await usernameTaken(trx, input.username)) {
      throw new ConflictError(`The username "${input.username}" is already taken.`, { field: 'username' });
    }
    const user = await insertUser(trx, {
      username: input.username,
      password_hash: passwordHash,
      role: input.role,
      full_name: input.full_name,
      email: input.email ?? null,
    });
    await recordAudit(trx, {
      user: actor,
      action: 'users.create',
      resource: 'users',
      recordId: user.id as number,
      details: { username: input.username, role: input.role, by: actor ? actor.username : 'command line' },
    });
    return user;
  });
}
