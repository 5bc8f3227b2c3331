import type PgBoss from 'pg-boss';

/** A tick takes seconds; one still active after this long lost its worker and is given up. */
export const TICK_EXPIRE_SECONDS = 60;

/**
 * A once-a-minute tick: a singleton queue (one tick at a time, whatever the number of processes) on a cron
 * schedule. A tick whose worker died holds that one place until it expires: a short expiry, and pg-boss's
 * maintenance every 30 s, keep that to a minute or two instead of pg-boss's default of 15 minutes. An
 * expired tick is not retried: the next minute's does the same work.
 */
export async function declareTickQueue(boss: PgBoss, name: string): Promise<void> {
  const queue = { name, policy: 'singleton' as const, expireInSeconds: TICK_EXPIRE_SECONDS, retryLimit: 0 };
  await boss.createQueue(name, queue);
  // createQueue leaves an existing queue as it was: bring one made by an earlier version up to date.
  await boss.updateQueue(name, queue);
  await boss.schedule(name, '* * * * *', {}, { tz: 'UTC' });
}
